-- Who has a case ("I have this"), one owner at a time; releasing it deletes the row.
create table case_acknowledgement (
    case_id          text primary key references detention_case (id),
    owner            text        not null,
    acknowledged_at  timestamptz not null
);

-- Each step of the escalation policy mailed for a case, at most once: the key is what two instances,
-- or one restarted, agree on before either sends.
create table case_escalation (
    case_id  text        not null references detention_case (id),
    step     int         not null,
    sent_at  timestamptz not null,
    primary key (case_id, step)
);
