-- The 72-hour window (issue 22). H2 2.x and PostgreSQL alike.
--
-- A request whose symptoms began in the last 3 days is marked "within 72 hours" (steroid medicine works best
-- within 72 hours) and sorted right after the urgent ones. Requests sent before the form asked about the last
-- 3 days cannot be told apart, so they stay unmarked.
alter table consultation_requests add column within_72_hours boolean default false not null;

-- The inbox reads this part newest first from an index, as it reads the urgent part (InboxQueries).
create index ix_consultation_within_72_hours on consultation_requests (within_72_hours, received_at, id);

-- The "call again today" counts by kind (urgent, within 72 hours, the rest) from one index alone.
drop index ix_consultation_call_again;
create index ix_consultation_call_again on consultation_requests (status, call_again_on, urgent, within_72_hours);
