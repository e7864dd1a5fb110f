-- Security (docs/security.md): local and OpenID Connect accounts, role grants scoped to a group,
-- plant or reporting period, scoped API tokens, and the audit log on its own hash chain.
create table user_account (
    id                    bigserial primary key,
    username              text not null unique,
    display_name          text not null,
    email_enc             text,
    password_hash         text,
    oidc_subject          text unique,
    must_change_password  boolean not null default false,
    failed_logins         integer not null default 0,
    locked_until          timestamptz,
    disabled_at           timestamptz,
    created_at            timestamptz not null default now(),
    last_login_at         timestamptz
);
comment on column user_account.email_enc is 'personal data: AES-256-GCM ciphertext (FieldCipher), never stored in clear';
comment on column user_account.password_hash is 'Argon2id (Spring Security encoding, {argon2} prefix); null for OpenID Connect only accounts';

create table role_grant (
    id          bigserial primary key,
    user_id     bigint not null references user_account (id) on delete cascade,
    role        text not null,
    group_code  text,
    plant_code  text,
    year        integer,
    granted_by  text not null,
    granted_at  timestamptz not null default now(),
    check (year is null or plant_code is not null),
    check (group_code is null or plant_code is null)
);
create index role_grant_user on role_grant (user_id);

alter table api_token
    add column group_code   text,
    add column plant_code   text,
    add column year         integer,
    add column last_used_at timestamptz;

create table audit_event (
    seq          bigserial primary key,
    at           timestamptz not null,
    actor        text not null,
    action       text not null,
    target       text not null,
    outcome      text not null,
    remote_addr  text,
    details      text not null,
    prev_hash    text not null,
    hash         text not null
);
comment on column audit_event.details is 'canonical JSON (sorted keys), hashed byte for byte with the other columns; see docs/security.md';
