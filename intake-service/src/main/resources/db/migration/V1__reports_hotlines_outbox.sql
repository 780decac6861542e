-- Hotlines and their API keys (stored only as SHA-256 hashes of high-entropy keys).
create table hotline (
    id          text primary key,
    name        text not null unique,
    created_at  timestamptz not null
);

create table hotline_key (
    id          text primary key,
    hotline_id  text not null references hotline (id),
    label       text,
    prefix      text not null,
    key_hash    text not null unique,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

-- Reports. Personal fields are sealed (AES-256-GCM) inside "detainees" and in "narrative_sealed";
-- hotline_id is the submitting hotline, or 'operator' for reports an operator entered.
create table report (
    id                       text primary key,
    hotline_id               text not null,
    external_ref             text,
    received_at              timestamptz not null,
    observed_at              timestamptz not null,
    source_kind              text not null,
    source_reliability       text not null,
    stage                    text not null,
    since                    date,
    facility                 text,
    city                     text,
    province                 text,
    transfer_expected_on     date,
    risk_factors             jsonb not null,
    consent_appeals_to_un    boolean not null,
    consent_public_advocacy  boolean not null,
    detainees                jsonb not null,
    narrative_sealed         text,
    published_at             timestamptz
);
create index report_by_hotline on report (hotline_id, received_at);

-- Idempotency-Key: a repeat returns the first answer; the hash is keyed, so it reveals nothing.
create table idempotency_key (
    hotline_id    text not null,
    key           text not null,
    request_hash  text not null,
    report_id     text not null references report (id),
    created_at    timestamptz not null,
    primary key (hotline_id, key)
);

-- Transactional outbox: written with the report, relayed to Kafka, then marked published.
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
