-- Whether administrators must sign in with a passkey (issue 27): one row, changed by an administrator on the
-- Passkeys screen and audited. Off until someone turns it on.
create table passkey_requirement (
    id                          integer not null,
    administrators_use_passkeys boolean not null,
    changed_at                  timestamp with time zone,
    changed_by                  varchar(64),
    constraint passkey_requirement_pk primary key (id),
    constraint passkey_requirement_one_row check (id = 1)
);

insert into passkey_requirement (id, administrators_use_passkeys) values (1, false);
