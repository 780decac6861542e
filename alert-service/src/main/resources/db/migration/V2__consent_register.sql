-- Consent per kind of recipient, and who gave it: each report's answers as one JSON object (the event's
-- Consent). A stored false could have been a default, not an answer: it becomes "not given".
alter table case_report add column consent jsonb not null default '{}'::jsonb;
update case_report set consent =
      case when consent_appeals_to_un then '{"appealsToUn": true}'::jsonb else '{}'::jsonb end
    || case when consent_public_advocacy then '{"publicAdvocacy": true}'::jsonb else '{}'::jsonb end;
alter table case_report alter column consent drop default;
alter table case_report drop column consent_appeals_to_un;
alter table case_report drop column consent_public_advocacy;
-- the case-wide consent is worked out from the register, per person, whenever an alert is written
alter table detention_case drop column consent_appeals_to_un;
alter table detention_case drop column consent_public_advocacy;

-- The consent register: every answer given for a person, by whom, for what, from a report or an operator.
-- given_by is null for a source that cannot consent for the person (a broker, the media): only its refusals
-- are kept, and they hold until the person, the family or a legal representative answers later.
create table consent_statement (
    id           bigserial primary key,
    case_id      text not null references detention_case (id),
    person_id    bigint not null references case_person (id),
    purpose      text not null,
    answer       text not null,
    given_by     text,
    source_kind  text,
    report_id    text references case_report (report_id),
    recorded_by  text,
    stated_at    timestamptz not null,
    recorded_at  timestamptz not null
);
create index consent_statement_by_person on consent_statement (person_id, stated_at);
create index consent_statement_by_case on consent_statement (case_id);

-- what the earlier flags granted, for the people of those reports (a FAMILY or DETAINEE source only)
insert into consent_statement (case_id, person_id, purpose, answer, given_by, source_kind, report_id, stated_at,
                               recorded_at)
select r.case_id, m.person_id, p.purpose, 'GRANTED', r.source_kind, r.source_kind, r.report_id, r.observed_at, now()
from case_report r
join person_mention m on m.report_id = r.report_id
cross join lateral (values ('UN_MECHANISMS', r.consent ? 'appealsToUn'),
                           ('PUBLIC_ADVOCACY', r.consent ? 'publicAdvocacy')) as p (purpose, given)
where p.given and r.source_kind in ('FAMILY', 'DETAINEE');
