-- A subscription paused (silenced) until a time gets no deliveries before then: each alert it would have had is
-- recorded as a SILENCED delivery, never sent, not even afterwards (as Alertmanager's silences drop notifications).
alter table subscription add column paused_until timestamptz;

-- A webhook secret being rotated: until "previous_secret_until" each delivery is signed with the new secret and
-- the previous one (two v1 signatures), so receivers can switch without losing a delivery.
alter table subscription add column previous_secret_sealed text;
alter table subscription add column previous_secret_until timestamptz;

-- Each subscriber's delivery log, newest first.
create index delivery_by_target on delivery (target_id, created_at);
