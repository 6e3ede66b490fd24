-- Fills the desk's tables with :n realistic consultation requests spread over five years (PostgreSQL).
-- Run by hand on a schema that Flyway (or bench/inbox.sh) has set up:
--   psql -v n=200000 -v ON_ERROR_STOP=1 -c 'set search_path to bench' -f bench/fill-requests.sql
-- Older requests are mostly closed; the last few weeks hold new and contacted ones; about 3% are urgent,
-- 4% spam. Most requests have one to three call attempts, a third have a note.
insert into staff_accounts (username, display_name, password_hash, enabled, created_at, password_changed_at)
select 'bench-desk', 'Bench Desk', '{noop}not-a-real-account', false, now(), now()
where not exists (select 1 from staff_accounts where username = 'bench-desk');

with numbered as (
  select i, now() - (random() * interval '1826 days') as received,
         (array['Maria','James','Ana','Robert','Li','Fatima','David','Sofia','Chen','Olga','Samuel','Aisha',
                'Jose','Emily','Kwame','Priya'])[1 + floor(random() * 16)::int] as first_name,
         (array['Garcia','Smith','Rodriguez','Johnson','Nguyen','Khan','Williams','Lopez','Brown','Kim','Cohen',
                'Okafor','Rossi','Patel','Murphy','Silva'])[1 + floor(random() * 16)::int] as last_name,
         (array['bells-palsy','bells-palsy','bells-palsy','hemifacial-spasm','hemifacial-spasm','multiple-sclerosis',
                'other-neurological-disorders','stress-and-fatigue','tourette-syndrome','not-sure'])
                [1 + floor(random() * 10)::int] as concern,
         lpad((floor(random() * 10000000))::text, 7, '0') as digits,
         random() as r1, random() as r2
  from generate_series(1, :n) as i
)
insert into consultation_requests (reference, submission_token, full_name, email, phone, phone_digits, phone_reversed,
  preferred_contact, concern, symptom_duration, message, best_time_to_call, sudden_weakness, urgent, status,
  consent_at, received_at, closed_at, first_call_at, first_call_business_seconds, first_call_in_time, needs_look)
select 'B' || lpad((i / 10000)::text, 3, '0') || '-' || lpad((i % 10000)::text, 4, '0'),
       md5(i::text || 'bench')::uuid::text,
       first_name || ' ' || last_name,
       lower(first_name) || '.' || lower(last_name) || i || '@example.com',
       '(212) ' || substr(digits, 1, 3) || '-' || substr(digits, 4, 4),
       '212' || digits,
       reverse('212' || digits),
       case when r2 < 0.7 then 'PHONE' else 'EMAIL' end,
       concern, 'ONE_TO_FOUR_WEEKS', 'My face has felt weak on one side since last month; I would like to see a specialist.',
       'MORNING', case when r1 < 0.03 then 'YES' else 'NO' end, r1 < 0.03,
       s.status, received, received,
       case when s.status in ('CLOSED', 'SPAM') then received + interval '20 days' end,
       case when s.status <> 'NEW' and s.status <> 'SPAM' then received + (r2 * interval '30 hours') end,
       case when s.status <> 'NEW' and s.status <> 'SPAM' then floor(r2 * 30000)::bigint end,
       case when s.status <> 'NEW' and s.status <> 'SPAM' then r2 < 0.8 end,
       r1 > 0.995
from numbered
cross join lateral (
  select case
    when r1 >= 0.96 then 'SPAM'
    when received > now() - interval '3 days' then (array['NEW','NEW','CONTACTED'])[1 + floor(r2 * 3)::int]
    when received > now() - interval '30 days' then (array['NEW','CONTACTED','SCHEDULED','CLOSED'])[1 + floor(r2 * 4)::int]
    else (array['CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','SCHEDULED','CONTACTED'])[1 + floor(r2 * 8)::int]
  end as status
) s;

-- One to three call attempts on every request that has been called, the first at first_call_at.
insert into call_attempts (request_id, caller_id, outcome, note, attempted_at)
select r.id, (select id from staff_accounts where username = 'bench-desk'),
       case when k = tries then (case when r.status = 'SCHEDULED' then 'BOOKED' else 'REACHED' end)
            else (array['VOICEMAIL','NO_ANSWER'])[1 + (r.id % 2)::int] end,
       case when k = 1 then 'Left the clinic''s number.' end,
       r.first_call_at + (k - 1) * interval '1 day'
from consultation_requests r
cross join lateral (select 1 + (r.id % 3)::int as tries) t
cross join lateral generate_series(1, t.tries) as k
where r.first_call_at is not null and r.reference like 'B%';

-- Call-backs due: a third of the new requests older than a day had a voicemail and wait for their
-- "call again" day; one in a hundred contacted requests, of any age, waits for a follow-up call nobody logged.
update consultation_requests set call_again_on = (received_at + interval '1 day')::date
where reference like 'B%' and ((status = 'NEW' and received_at < now() - interval '1 day' and id % 3 = 0)
  or (status = 'CONTACTED' and id % 100 = 0));

-- The search keys the site stores with each request (SearchTerms.keysOf): each word of the name, in lower
-- case (the names here have no accents), and the whole email address.
insert into request_search_keys (search_key, request_id)
select distinct k.key, r.id
from consultation_requests r
cross join lateral (select regexp_split_to_table(lower(r.full_name), '[^[:alnum:]]+') as key
                    union select lower(r.email)) k
where r.reference like 'B%' and k.key <> '';

-- A note on a third of them.
insert into request_notes (request_id, author_id, body, written_at)
select r.id, (select id from staff_accounts where username = 'bench-desk'),
       'Spoke with the patient; prefers mornings. Sent the new-patient forms.', r.received_at + interval '1 day'
from consultation_requests r
where r.id % 3 = 0 and r.reference like 'B%';

-- A database that has run for five years has been vacuumed by autovacuum many times: its visibility map is
-- set, so PostgreSQL can count from an index alone (index-only scans). Freshly filled, it is not yet.
vacuum analyze consultation_requests;
vacuum analyze request_search_keys;
vacuum analyze call_attempts;
vacuum analyze request_notes;
