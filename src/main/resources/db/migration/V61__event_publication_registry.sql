-- Spring Modulith's event publication registry (issue 24). H2 2.x and PostgreSQL alike.
--
-- When a new request is stored, the staff email about it is recorded here in the same transaction
-- (RequestReceived for the listener "staff-notification"), and the row is deleted once the mail server has taken
-- the email (spring.modulith.events.completion-mode=delete). A row that stays is an email still owed: its first try
-- failed, or the instance sending it stopped; consultation/NotificationRetries tries it again. Every other
-- after-commit listener of the site is recorded the same way while it runs.
--
-- The columns are those of Spring Modulith 2.0's JDBC store (its schema-v2 files), which reads and writes them by
-- name; its own schema initialisation is off. A plain VARCHAR has no length limit on PostgreSQL and H2's largest on
-- H2. The table only ever holds what is outstanding, a handful of rows, so it has no index beyond its key.
create table event_publication (
    id                     uuid                     not null,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    constraint event_publication_pk primary key (id)
);
