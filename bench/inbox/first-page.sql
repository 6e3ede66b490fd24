-- The inbox's first page: every request but spam, urgent first, due call-backs, newest; and its count.
select r.*, o.display_name from consultation_requests r left join staff_accounts o on o.id = r.owner_id
where r.status <> 'SPAM' order by r.urgent desc, case when r.call_again_on <= current_date and r.status <> 'SPAM' and r.status <> 'CLOSED' then 0 else 1 end, r.received_at desc, r.id desc limit 25;
select count(*) from consultation_requests r where r.status <> 'SPAM';
