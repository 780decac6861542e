-- Four eyes: a change that would let names reach a recipient (FULL disclosure) or drop its consent or approval
-- requirement waits here until a second operator approves it; until then the recipient is used as it was.
create table recipient_change (
    id                 text primary key,
    -- null: the change creates a recipient
    recipient_id       text references recipient (id),
    -- the requested settings (RecipientService.Changes as JSON): an institution's name and address, no particulars
    settings           jsonb not null,
    reason             text not null,
    status             text not null,
    requested_by_sub   text not null,
    requested_by_name  text not null,
    requested_at       timestamptz not null,
    decided_by_sub     text,
    decided_by_name    text,
    decided_at         timestamptz,
    -- the recipient an approved creation made
    result_recipient_id text
);
create index recipient_change_pending on recipient_change (requested_at) where status = 'PENDING';
