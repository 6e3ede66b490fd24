-- A search by name: one word, the start of a word of the name or the email (1 in 16 names here is Garcia,
-- 12,500 requests). The keys' index gives 1,001 matching keys, more than the search limit (1,000); 1,001 of
-- them are shown (not spam), which is all the pages need to know. Then the parts of the inbox's order
-- narrowed by the search (each part read in full here, the most the page can take; the page stops reading
-- once it has 25).
select coalesce(string_agg(id::text, ','), '0') as ids from (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\' fetch first 1001 rows only) as found (id)
\gset
select count(r.id) from consultation_requests r where r.id in (:ids) and r.status in ('NEW','CONTACTED','SCHEDULED','CLOSED');
select count(r.id) from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = true and r.id in (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\');
select count(case when r.urgent = true then 1 end), count(case when r.urgent = false then 1 end) from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.call_again_on <= current_date and r.id in (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\');
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = true and r.call_again_on <= current_date and r.id in (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\') order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = true and (r.call_again_on is null or r.call_again_on > current_date) and r.id in (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\') order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED') and r.urgent = false and r.call_again_on <= current_date and r.id in (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\') order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
select r.* from consultation_requests r where r.status in ('NEW','CONTACTED','SCHEDULED','CLOSED') and (r.status not in ('NEW','CONTACTED','SCHEDULED') or (r.urgent = false and (r.call_again_on is null or r.call_again_on > current_date))) and r.id in (select k.request_id from request_search_keys k where k.search_key like 'garcia%' escape '\') order by r.received_at desc, r.id desc offset 0 rows fetch first 25 rows only;
