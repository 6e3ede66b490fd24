-- One row per client key that has attempts counted in recent_attempts (issue 10, hole 5). A limit that must
-- hold under parallel requests locks its key's row (SELECT ... FOR UPDATE) in the transaction that counts the
-- attempts and stores the new one, so parallel requests from one client are counted one after another, on H2
-- and PostgreSQL alike. Rows are deleted a day after they were made; a later attempt makes the row again.
create table attempt_keys (
    kind       varchar(20) not null,
    client_key char(64)    not null,
    created_at timestamp with time zone not null,
    constraint pk_attempt_keys primary key (kind, client_key)
);
create index ix_attempt_keys_created on attempt_keys (created_at);
