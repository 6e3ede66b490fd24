-- The inbox's first page (every request but spam): the sizes of the small parts of its order, then each
-- part newest first (InboxQueries). The page reads a part only as far as it falls on the page; here every
-- part is read in full, so this is the most the page can take. The total comes from counts.sql.
select count(r.id) from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = true;
select count(case when r.urgent = true then 1 end), count(case when r.urgent = false then 1 end) from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.call_again_on <= current_date;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = true and r.call_again_on <= current_date order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = true and (r.call_again_on is null or r.call_again_on > current_date) order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = false and r.call_again_on <= current_date order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED','CLOSED') and (r.status not in ('NEW','CONTACTED','SCHEDULED') or (r.urgent = false and (r.call_again_on is null or r.call_again_on > current_date))) order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
