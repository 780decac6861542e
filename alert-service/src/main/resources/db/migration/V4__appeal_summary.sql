-- What an operator wrote about a case for letters, in place of the hotlines' raw narratives and notes;
-- sealed to the case like every personal field.
alter table detention_case
    add column appeal_summary_sealed text,
    add column appeal_summary_by     text,
    add column appeal_summary_at     timestamptz;
