-- Cases: what is known about a group of people held together, decided from one or more reports.
create table detention_case (
    id                       text primary key,
    reference                text not null unique,
    level                    text not null,
    status                   text not null,
    stage                    text not null,
    since                    date,
    deadline                 date,
    transfer_expected_on     date,
    facility                 text,
    city                     text,
    province                 text,
    corridor                 text,
    confidence               text not null,
    reasons                  jsonb not null,
    risk_factors             jsonb not null,
    consent_appeals_to_un    boolean not null,
    consent_public_advocacy  boolean not null,
    first_received_at        timestamptz not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    last_news_at             timestamptz not null,
    last_alert_at            timestamptz,
    merged_into              text references detention_case (id),
    -- an operator's word on stage or status holds until a report observed later says otherwise
    operator_stage           text,
    operator_since           date,
    operator_changed_at      timestamptz
);
create index case_open_by_update on detention_case (updated_at desc, id) where merged_into is null;
create index case_by_corridor on detention_case (corridor, status);

-- The reports a case rests on; the narrative stays sealed as the intake service sealed it.
create table case_report (
    report_id             text primary key,
    case_id               text not null references detention_case (id),
    hotline_id            text not null,
    received_at           timestamptz not null,
    observed_at           timestamptz not null,
    source_kind           text not null,
    source_reliability    text not null,
    stage                 text not null,
    since                 date,
    facility              text,
    city                  text,
    province              text,
    transfer_expected_on  date,
    risk_factors          jsonb not null,
    consent_appeals_to_un    boolean not null,
    consent_public_advocacy  boolean not null,
    narrative_sealed      text
);
create index case_report_by_case on case_report (case_id);

-- People in a case, and each report's mention of them (with its sealed personal details).
create table case_person (
    id             bigserial primary key,
    case_id        text not null references detention_case (id),
    sex            text not null,
    birth_year     integer,
    pregnant       boolean,
    unnamed        boolean not null,
    name_hashes    jsonb not null,
    hometown_hash  text,
    province       text
);
create index case_person_by_case on case_person (case_id);
create index case_person_by_name on case_person using gin (name_hashes);

create table person_mention (
    id              bigserial primary key,
    person_id       bigint not null references case_person (id),
    report_id       text not null references case_report (report_id),
    detainee_index  integer not null,
    sealed_personal text not null,
    unique (report_id, detainee_index)
);

-- Same names, conflicting facts: not merged, but shown to operators.
create table possible_match (
    case_id        text not null references detention_case (id),
    other_case_id  text not null references detention_case (id),
    detail         text not null,
    created_at     timestamptz not null,
    primary key (case_id, other_case_id)
);

create table case_timeline (
    id        bigserial primary key,
    case_id   text not null references detention_case (id),
    at        timestamptz not null,
    kind      text not null,
    detail    text not null,
    report_id text,
    -- an operator's note may name people: sealed like every personal field
    note_sealed text
);
create index case_timeline_by_case on case_timeline (case_id, at);

create table case_reference_counter (
    year  integer primary key,
    last  integer not null
);

-- Idempotent consumer: an event id is recorded in the transaction that applied it.
create table processed_event (
    event_id      uuid primary key,
    processed_at  timestamptz not null
);

create table risk_window (
    id          text primary key,
    name        text not null,
    provinces   jsonb not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    created_at  timestamptz not null,
    created_by  text not null
);

create table outbox (
    id            bigserial primary key,
    event_id      uuid not null unique,
    topic         text not null,
    message_key   text not null,
    payload       text not null,
    created_at    timestamptz not null,
    published_at  timestamptz,
    attempts      integer not null default 0,
    last_error    text
);
create index outbox_unpublished on outbox (id) where published_at is null;
