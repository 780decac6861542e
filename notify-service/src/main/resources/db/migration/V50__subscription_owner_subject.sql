-- A webhook subscription belongs to the token's subject (sub), which the identity provider assigns and never
-- reuses, not to its display name (upn, preferred_username), which an account may change or another may take.
-- owner stays as who made it, for operators. Rows from before have no subject: only operators list and end them.
alter table subscription add column owner_subject text;
create index subscription_by_owner_subject on subscription (owner_subject) where owner_subject is not null;
