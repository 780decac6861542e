-- The case each report became part of, as the alert service last announced it on case-alerts: what the hotline's
-- own list of recent reports shows (reference and level, never a name). Newer announcements replace older ones.
create table report_case (
    report_id       text primary key,
    case_id         text not null,
    case_reference  text not null,
    level           text not null,
    status          text not null,
    announced_at    timestamptz not null
);

-- a hotline's most recent reports first
create index report_hotline_received on report (hotline_id, received_at desc);
