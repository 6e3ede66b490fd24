-- The counts of contacted, scheduled, closed and spam requests: at most once a minute on each instance
-- (KeptCounts), and after this instance changes a status. What every page made before (one GROUP BY).
select r.status, count(r.id) from consultation_requests r where r.status in ('CONTACTED','SCHEDULED','CLOSED','SPAM') group by r.status;
