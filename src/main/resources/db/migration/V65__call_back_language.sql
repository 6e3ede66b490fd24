-- The language to call back in, and whether an interpreter is needed (issue 26). H2 2.x and PostgreSQL alike.
--
-- The form asks "Which language should we call you in?" (English, Spanish, the languages most spoken at home in
-- New York City, or another one the person writes) and offers "I need an interpreter". A request sent before the
-- form asked is called back in the language of its form, as the desk did until now: English, or Spanish for the
-- Spanish form, and no interpreter.
alter table consultation_requests add column call_language varchar(16) default 'ENGLISH' not null;
alter table consultation_requests add column call_language_other varchar(40);
alter table consultation_requests add column interpreter boolean default false not null;
update consultation_requests set call_language = 'SPANISH' where language = 'es';

-- The inbox filtered by language reads each language newest first from this index, and counts a language's
-- requests by status from it alone.
create index ix_consultation_call_language on consultation_requests (call_language, received_at, id, status);
