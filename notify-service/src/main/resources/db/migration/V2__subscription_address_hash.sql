-- A keyed hash of each e-mail address (lower-cased), so that one address has at most one active
-- subscription: confirming a new one ends the one before. Rows from before this version have none.
alter table subscription add column address_hash text;
create index subscription_active_by_address on subscription (address_hash) where status = 'ACTIVE';
