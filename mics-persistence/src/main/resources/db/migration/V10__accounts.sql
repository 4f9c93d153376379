-- Accounts of the people who sign in to the web app, and their personal API tokens. A password is
-- kept only as its bcrypt hash, a token only as its SHA-256: the database never holds a secret.

create table account (
  id            bigint generated always as identity primary key,
  name          varchar(64) not null,
  role          varchar(8) not null,
  password_hash varchar(200) not null,
  disabled      boolean not null default false,
  created_at    timestamptz not null default now(),
  constraint account_name_unique unique (name),
  constraint account_role check (role in ('ADMIN', 'EDITOR', 'VIEWER'))
);

-- The executors an editor records for, as the plan writes their codes (ХСД).
create table account_executor (
  account_id bigint not null references account (id),
  position   integer not null,
  code       text not null,
  constraint account_executor_pk primary key (account_id, position),
  constraint account_executor_code_not_blank check (length(trim(code)) > 0)
);

create table api_token (
  id         bigint generated always as identity primary key,
  account_id bigint not null references account (id),
  hash       varchar(64) not null,
  label      text not null,
  issued_at  timestamptz not null,
  revoked_at timestamptz,
  constraint api_token_hash_unique unique (hash)
);
