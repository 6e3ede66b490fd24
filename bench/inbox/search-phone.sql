-- A search by phone, as the inbox builds it: name, email, phone digits or reference.
select r.*, o.display_name from consultation_requests r left join staff_accounts o on o.id = r.owner_id
where r.status <> 'SPAM' and (lower(r.full_name) like '%555-0142%' or lower(r.email) like '%555-0142%'
  or r.phone_digits like '%5550142%' or r.reference = '555-0142') order by r.urgent desc, case when r.call_again_on <= current_date and r.status <> 'SPAM' and r.status <> 'CLOSED' then 0 else 1 end, r.received_at desc, r.id desc limit 25;
select count(*) from consultation_requests r where r.status <> 'SPAM' and (lower(r.full_name) like '%555-0142%'
  or lower(r.email) like '%555-0142%' or r.phone_digits like '%5550142%' or r.reference = '555-0142');
