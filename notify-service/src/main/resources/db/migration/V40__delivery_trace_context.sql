-- The W3C trace context of the span that created the delivery (the alert's consumption, an approval), so that
-- sending it continues that trace.
alter table delivery add column trace_parent text, add column trace_state text;
