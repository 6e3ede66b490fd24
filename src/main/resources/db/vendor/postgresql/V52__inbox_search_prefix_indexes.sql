-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}). With a database collation other than
-- "C" (en_US.UTF-8, say), PostgreSQL answers `like 'abc%'` from an index only if the index compares
-- characters as bytes: these do, and replace the plain index of V50 on the reversed phone digits.
-- No extension and no special right is needed.
create index ix_search_keys_prefix on request_search_keys (search_key varchar_pattern_ops, request_id);
create index ix_consultation_phone_prefix on consultation_requests (phone_reversed varchar_pattern_ops);
drop index ix_consultation_phone_reversed;
