-- A search by phone, its last four digits as typed (0142): the numbers ending with them (reversed digits,
-- a prefix of an index), a few requests, put in order as for search-full-name.sql.
select coalesce(string_agg(id::text, ','), '0') as ids, coalesce(string_agg(id::text, ',') filter (where n <= 25), '0') as page from (select id, row_number() over () as n from (select r.id from consultation_requests r where r.phone_reversed like '2410%' fetch first 1001 rows only) as found (id)) as numbered
\gset
select r.id, r.status, r.urgent, r.call_again_on, r.received_at from consultation_requests r where r.id in (:ids) and r.status in ('NEW','CONTACTED','SCHEDULED','CLOSED');
select r.* from consultation_requests r where r.id in (:page);
