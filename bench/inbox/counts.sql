-- The counts per status above the inbox, on every page: new requests (the other statuses are counted at
-- most once a minute on each instance, kept-counts.sql).
select r.status, count(r.id) from consultation_requests r where r.status in ('NEW') group by r.status;
