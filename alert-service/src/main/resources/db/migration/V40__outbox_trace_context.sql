-- The W3C trace context of the span that wrote the message, so that its publishing and consumption continue that trace.
alter table outbox add column trace_parent text, add column trace_state text;
