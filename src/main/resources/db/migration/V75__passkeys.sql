-- Staff passkeys (issue 27), kept by Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository, which read and write these tables and columns by name. The definitions are Spring
-- Security 7.0.6's own (org/springframework/security/user-entities-schema.sql and
-- user-credentials-schema-postgres.sql in spring-security-web): bytea is PostgreSQL's binary type and H2 2.x
-- takes it as BINARY VARYING, and the repositories write the bytes with setBytes, which both drivers accept.
--
-- user_entities: for each member of staff who has made a passkey, the random handle their authenticators know them
-- by (id, base64url) and their username (name). user_credentials: one row per passkey: its public key, its name as
-- the person typed it (label), when it was added (created) and last used (last_used). Nothing here is a secret.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id)
);

create unique index user_entities_name on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

-- A person's passkeys are listed, counted and removed by their handle.
create index user_credentials_user on user_credentials (user_entity_user_id);
