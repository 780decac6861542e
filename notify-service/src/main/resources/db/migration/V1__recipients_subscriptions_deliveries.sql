-- Institutions that receive appeals. "directory_key" names the default entries the service seeds.
create table recipient (
    id                 text primary key,
    directory_key      text unique,
    name               text not null,
    kind               text not null,
    channel            text not null,
    address            text,
    language           text not null,
    min_level          text not null,
    disclosure         text not null,
    requires_consent   boolean not null,
    requires_approval  boolean not null,
    secret_sealed      text,
    active             boolean not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

-- Advocates' subscriptions. E-mail addresses, webhook URLs and webhook secrets are sealed.
create table subscription (
    id               text primary key,
    channel          text not null,
    address_sealed   text not null,
    secret_sealed    text,
    min_level        text not null,
    provinces        jsonb not null,
    language         text not null,
    status           text not null,
    owner            text,
    created_at       timestamptz not null,
    confirmed_at     timestamptz,
    ended_at         timestamptz
);

-- Alerts received, each applied once (with the appeals and deliveries it made).
create table received_alert (
    alert_id     uuid primary key,
    case_id      text not null,
    kind         text not null,
    level        text not null,
    payload      text not null,
    occurred_at  timestamptz not null,
    received_at  timestamptz not null
);
create index received_alert_by_case on received_alert (case_id, occurred_at);

-- An appeal: the letter for one recipient from one alert. Subject and body may name people: sealed.
create table appeal (
    id               text primary key,
    alert_id         uuid not null references received_alert (alert_id),
    case_id          text not null,
    case_reference   text not null,
    recipient_id     text not null references recipient (id),
    sequence         integer not null,
    language         text not null,
    subject_sealed   text not null,
    body_sealed      text not null,
    status           text not null,
    blocked_reason   text,
    created_at       timestamptz not null,
    approved_at      timestamptz,
    approved_by      text,
    sent_at          timestamptz,
    unique (alert_id, recipient_id)
);
create index appeal_by_case on appeal (case_id, created_at);

-- One delivery per (alert, target), enforced here; confirmations have no alert.
create table delivery (
    id               text primary key,
    purpose          text not null,
    alert_id         uuid references received_alert (alert_id),
    case_id          text,
    target_type      text not null,
    target_id        text not null,
    channel          text not null,
    status           text not null,
    attempts         integer not null default 0,
    last_error       text,
    next_attempt_at  timestamptz not null,
    lease_until      timestamptz,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    unique (alert_id, target_type, target_id)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'FAILED');
create index delivery_by_case on delivery (case_id, created_at);

create table processed_event (
    event_id      uuid primary key,
    processed_at  timestamptz not null
);
