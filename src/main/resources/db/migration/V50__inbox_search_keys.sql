-- The inbox at 200,000 requests (issue 14). H2 2.x and PostgreSQL alike.
--
-- The search no longer reads every row: each kind of search has a key an index can answer.
-- A phone number's digits in reverse order, so that "the number ends with these digits" is a prefix,
-- which a B-tree index answers (PostgreSQL uses the varchar_pattern_ops index of the postgresql location).
alter table consultation_requests add column phone_reversed varchar(30);
create index ix_consultation_phone_reversed on consultation_requests (phone_reversed);

-- Each word of a request's name and its whole email address, in lower case without accents (made in
-- Java, SearchTerms.keysOf, so both databases hold the same keys): a search word finds the keys it starts.
-- The keys go with their request (on delete cascade); the second index serves that delete and the check
-- "this request has a key starting with ..." when the planner starts from the requests.
create table request_search_keys (
    search_key varchar(254) not null,
    request_id bigint       not null references consultation_requests (id) on delete cascade,
    constraint pk_request_search_keys primary key (search_key, request_id)
);
create index ix_search_keys_request on request_search_keys (request_id, search_key);

-- The inbox's first page reads its parts from indexes (InboxQueries): open requests whose "call again" day
-- has come, counted from this index alone; open urgent requests newest first, from the second.
create index ix_consultation_call_again on consultation_requests (status, call_again_on, urgent);
create index ix_consultation_urgent on consultation_requests (urgent, received_at, id);
