-- The audit log: who read personal data, who approved, changed or merged what. Ids only, never particulars.
-- Append-only: the application inserts; an update or delete is refused.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor_sub   text not null,
    actor_name  text not null,
    action      text not null,
    target      text,
    -- ids, counts or statuses that explain the act, never a name or an address
    detail      text
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_action on audit_entry (action, id);
create index audit_entry_target on audit_entry (target, id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
