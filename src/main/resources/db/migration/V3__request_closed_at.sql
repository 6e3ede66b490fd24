-- When a request was closed or marked as spam, so that it can be deleted after the retention period.
alter table consultation_requests add column closed_at timestamp with time zone;
update consultation_requests set closed_at = received_at where status in ('CLOSED', 'SPAM');
create index ix_consultation_closed on consultation_requests (status, closed_at);
