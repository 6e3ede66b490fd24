-- A search by first name and surname (maria garcia, 1 in 256 names here): the ids of the requests whose
-- keys start with both words, from the keys' index alone (at most the search limit + 1); no more than
-- the limit, so the columns of the order are read for those ids (the order is worked out in Java), then
-- the page's 25 requests by id. (pgbench's \gset hands the ids on as the site's bound list does.)
select coalesce(string_agg(id::text, ','), '0') as ids, coalesce(string_agg(id::text, ',') filter (where n <= 25), '0') as page from (select id, row_number() over () as n from (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\' and k.request_id in (select k1.request_id from request_search_keys k1 where k1.search_key like 'maria%' escape '\') fetch first 1001 rows only) as found (id)) as numbered
\gset
select r.id, r.status, r.urgent, r.call_again_on, r.received_at from consultation_requests r where r.id in (:ids) and r.status in ('NEW','CONTACTED','SCHEDULED','CLOSED');
select r.* from consultation_requests r where r.id in (:page);
