-- Every open case held at the border counts in its corridor's batch for as long as it is held there: since
-- 2020 people have been held for months and then returned together, so the 14-day window is gone.
drop index if exists case_counted_until;
alter table detention_case drop column counted_until;
-- decide every open case again at the next tick, so that cases the window had left out are counted
update detention_case set next_review_at = null where status = 'OPEN' and merged_into is null;

-- A hotline's own reference for a report: reports that carry the same one (a report passed on from hotline to
-- hotline) come from one source, and corroborate nothing.
alter table case_report add column external_ref text;
