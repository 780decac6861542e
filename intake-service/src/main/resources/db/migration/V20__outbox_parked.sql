-- A message Kafka keeps refusing (too large, say) is parked: kept, out of the relay's way, listed for operators.
alter table outbox add column parked_at timestamptz;
create index outbox_parked on outbox (id) where published_at is null and parked_at is not null;
