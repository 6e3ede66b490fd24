-- A filtered page: the new requests (the total from counts.sql).
select count(r.id) from consultation_requests r where r.status in ('NEW') and r.urgent = true;
select count(case when r.urgent = true then 1 end), count(case when r.urgent = false then 1 end) from consultation_requests r where r.status in ('NEW') and r.call_again_on <= current_date;
select r.* from consultation_requests r where r.status in ('NEW') and r.urgent = true and r.call_again_on <= current_date order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW') and r.urgent = true and (r.call_again_on is null or r.call_again_on > current_date) order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW') and r.urgent = false and r.call_again_on <= current_date order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW') and (r.status not in ('NEW') or (r.urgent = false and (r.call_again_on is null or r.call_again_on > current_date))) order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
