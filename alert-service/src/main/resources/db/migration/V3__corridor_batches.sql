-- A corridor's batch as state of its own: what the cases held at its border add up to, kept current per
-- report by deltas, so deciding a case never has to count the corridor's cases.
create table corridor_state (
    corridor           text primary key,
    cases              integer not null default 0,
    people             integer not null default 0,
    women              integer not null default 0,
    minors             integer not null default 0,
    -- the earliest expected handover among the counted cases; recomputed only when that case leaves
    earliest_deadline  date,
    batch_id           text,
    batch_formed_at    timestamptz,
    updated_at         timestamptz not null
);

-- What each case adds to its corridor's counts (null corridor: nothing), and until when it counts.
alter table detention_case
    add column counted_corridor  text,
    add column counted_until     date,
    add column counted_people    integer not null default 0,
    add column counted_women     integer not null default 0,
    add column counted_minors    integer not null default 0,
    add column counted_deadline  date,
    -- the batch the case was last decided with: a batch that forms or ends re-decides exactly the others
    add column batch_id          text,
    -- when time alone may change the decision (a day passes, a deadline nears, a risk window opens)
    add column next_review_at    timestamptz;

create index case_counted_until on detention_case (counted_until) where counted_corridor is not null;
create index case_counted_by_corridor on detention_case (counted_corridor) where counted_corridor is not null;
create index case_open_by_corridor on detention_case (corridor) where status = 'OPEN' and merged_into is null;
create index case_due_for_review on detention_case (next_review_at) where status = 'OPEN' and merged_into is null;

-- Case numbers from a sequence: a counter row would make every transaction that opens a case wait for
-- the others' commits. Numbers keep counting across years; the year in a reference is the year it was given.
create sequence case_reference_seq;
select setval('case_reference_seq', coalesce((select max(last) from case_reference_counter), 0) + 1, false);
