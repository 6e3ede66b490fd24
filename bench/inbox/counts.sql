-- The counts per status above the inbox: one query.
select r.status, count(*) from consultation_requests r group by r.status;
