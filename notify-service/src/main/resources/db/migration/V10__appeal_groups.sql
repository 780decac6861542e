-- Appeals grouped by corridor batch: a batch's cases get one letter per institution per round, and
-- advocates' e-mail one digest per round, instead of one of each per case. A round is a step of the group:
-- the first when it forms, a further one at most once per group interval, and only when cases joined.
create table appeal_group (
    batch_id           text primary key,
    corridor           text not null,
    cases              integer not null,
    people             integer not null,
    women              integer not null,
    minors             integer not null,
    earliest_deadline  date,
    formed_at          timestamptz not null,
    -- when the alert that carried these figures occurred: older alerts do not overwrite them
    state_at           timestamptz not null,
    first_seen_at      timestamptz not null,
    rounds             integer not null default 0,
    last_round_at      timestamptz
);

-- The cases of a group, each with its latest alert (whose sealed particulars name its people).
-- "round_number" is the round whose letters first told of the case; null until then.
create table appeal_group_case (
    batch_id        text not null references appeal_group (batch_id),
    case_id         text not null,
    case_reference  text not null,
    alert_id        uuid not null references received_alert (alert_id),
    level           text not null,
    province        text,
    occurred_at     timestamptz not null,
    round_number    integer,
    primary key (batch_id, case_id)
);
create index appeal_group_case_untold on appeal_group_case (batch_id) where round_number is null;

-- One letter per (group, round, recipient). Subject and body may name people: sealed.
create table group_letter (
    id               text primary key,
    batch_id         text not null references appeal_group (batch_id),
    round_number     integer not null,
    recipient_id     text not null references recipient (id),
    sequence         integer not null,
    language         text not null,
    subject_sealed   text not null,
    body_sealed      text not null,
    listed_cases     integer not null,
    named_people     integer not null,
    status           text not null,
    blocked_reason   text,
    created_at       timestamptz not null,
    approved_at      timestamptz,
    approved_by      text,
    sent_at          timestamptz,
    unique (batch_id, round_number, recipient_id)
);
create index group_letter_by_recipient on group_letter (batch_id, recipient_id, round_number);

-- One digest per (group, round, e-mail subscription); it holds no names, so it is composed when sent.
create table group_digest (
    id               text primary key,
    batch_id         text not null references appeal_group (batch_id),
    round_number     integer not null,
    previous_round   integer not null,
    subscription_id  text not null references subscription (id),
    created_at       timestamptz not null,
    sent_at          timestamptz,
    unique (batch_id, round_number, subscription_id)
);

-- A delivery of a letter that belongs to no single alert (a group letter, a digest): at most one per letter.
alter table delivery add column letter_id text unique;
