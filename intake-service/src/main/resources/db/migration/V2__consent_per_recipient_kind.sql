-- Consent per kind of recipient, and who gave it: one JSON object (the event's Consent) instead of two flags.
-- A stored false could have been a default, not an answer: it becomes "not given" (no grant either way).
alter table report add column consent jsonb not null default '{}'::jsonb;
update report set consent = case when consent_appeals_to_un then '{"appealsToUn": true}'::jsonb else '{}'::jsonb end
    || case when consent_public_advocacy then '{"publicAdvocacy": true}'::jsonb else '{}'::jsonb end;
alter table report alter column consent drop default;
alter table report drop column consent_appeals_to_un;
alter table report drop column consent_public_advocacy;
