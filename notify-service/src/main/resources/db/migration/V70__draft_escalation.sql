-- Drafts waiting for an operator's approval escalate (notify.escalation.steps): one row per draft and step
-- mailed, written before the mail in the same transaction, so each step wakes its list once per draft
-- whichever instance gets there first. "draft_kind" is APPEAL (appeal.id) or GROUP_LETTER (group_letter.id).
create table draft_escalation (
    draft_kind  text not null,
    draft_id    text not null,
    step        integer not null,
    sent_at     timestamptz not null,
    primary key (draft_kind, draft_id, step)
);

-- The escalation policy and its gauges read the drafts every minute: from these, not from every letter written.
create index appeal_drafts on appeal (created_at) where status = 'DRAFT';
create index group_letter_drafts on group_letter (created_at) where status = 'DRAFT';
