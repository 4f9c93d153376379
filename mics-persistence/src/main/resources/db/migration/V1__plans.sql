-- Plans, their revisions and progress. Every revision is kept whole; progress events are appended and
-- never rewritten. The checks refuse what the domain model refuses, so that a row the program cannot
-- load back never gets in. Columns that take part in a key or index are varchar, never text (jOOQ's
-- code generator simulates this script in H2, where text is a CLOB that cannot be indexed).

create table plan (
  id         bigint generated always as identity primary key,
  key        varchar(64) not null,
  created_at timestamptz not null default now(),
  constraint plan_key_unique unique (key)
);

create table revision (
  id           bigint generated always as identity primary key,
  plan_id      bigint not null references plan (id),
  number       integer not null,
  saved_at     timestamptz not null,
  title        text not null,
  language     varchar(2) not null,
  period_first integer not null,
  period_last  integer not null,
  -- SHA-256 of the plan's content: a different fingerprint means a different plan, so saving need not
  -- load the latest revision to know that it changed.
  fingerprint  varchar(64) not null,
  constraint revision_number_unique unique (plan_id, number),
  constraint revision_number_positive check (number >= 1),
  constraint revision_language check (language in ('kk', 'ru', 'en')),
  constraint revision_period check (period_first between 1900 and 2999
      and period_last between period_first and 2999)
);

create table section (
  revision_id bigint not null references revision (id),
  position    integer not null,
  number      text not null,
  title       text not null,
  constraint section_pk primary key (revision_id, position),
  constraint section_position check (position >= 0),
  constraint section_number_not_blank check (length(trim(number)) > 0)
);

-- An activity is identified by its place in the revision, not by its code: a plan may list the same
-- code twice (the plan's validation reports that as a finding), and the store must keep such a plan
-- as it is. So there is deliberately no unique constraint on (revision_id, code).
create table activity (
  revision_id      bigint not null,
  position         integer not null,
  section_position integer not null,
  code             varchar not null,
  title            text not null,
  completion_form  text not null,
  financing_source varchar(16) not null,
  financing_text   text not null,
  deadline_text    text not null,
  duration_days    integer,
  tentative        boolean not null,
  recurrence       varchar(16),
  constraint activity_pk primary key (revision_id, position),
  constraint activity_section_fk foreign key (revision_id, section_position)
      references section (revision_id, position),
  constraint activity_position check (position >= 0),
  constraint activity_code_not_blank check (length(trim(code)) > 0),
  constraint activity_financing_source
      check (financing_source in ('STATE_BUDGET', 'UNICEF', 'NOT_REQUIRED', 'OTHER')),
  constraint activity_duration_positive check (duration_days > 0),
  constraint activity_recurrence check (recurrence in ('MONTHLY', 'QUARTERLY', 'YEARLY'))
);

create table deadline_window (
  revision_id       bigint not null,
  activity_position integer not null,
  position          integer not null,
  from_date         date,
  to_date           date,
  constraint deadline_window_pk primary key (revision_id, activity_position, position),
  constraint deadline_window_activity_fk foreign key (revision_id, activity_position)
      references activity (revision_id, position),
  constraint deadline_window_one_side check (from_date is not null or to_date is not null),
  constraint deadline_window_order check (from_date <= to_date)
);

-- The executor directory of a revision (abbreviation and full name), in the order the note lists it.
create table executor (
  revision_id bigint not null references revision (id),
  position    integer not null,
  code        text not null,
  name        text not null,
  constraint executor_pk primary key (revision_id, position),
  constraint executor_code_not_blank check (length(trim(code)) > 0),
  constraint executor_name_not_blank check (length(trim(name)) > 0)
);

-- Who is responsible for an activity, as the plan writes it; position 0 is the lead.
create table activity_executor (
  revision_id       bigint not null,
  activity_position integer not null,
  position          integer not null,
  name              text not null,
  constraint activity_executor_pk primary key (revision_id, activity_position, position),
  constraint activity_executor_activity_fk foreign key (revision_id, activity_position)
      references activity (revision_id, position),
  constraint activity_executor_name_not_blank check (length(trim(name)) > 0)
);

create table precedence (
  revision_id bigint not null references revision (id),
  position    integer not null,
  before_code varchar not null,
  after_code  varchar not null,
  constraint precedence_pk primary key (revision_id, position),
  constraint precedence_codes_not_blank
      check (length(trim(before_code)) > 0 and length(trim(after_code)) > 0)
);

-- Progress belongs to the plan and the activity code, not to a revision: it carries over to later
-- revisions, and an activity that a later revision drops keeps its history.
create table progress_event (
  plan_id       bigint not null references plan (id),
  sequence      bigint not null,
  activity_code varchar not null,
  status        varchar(16) not null,
  on_date       date not null,
  recorded_at   timestamptz not null,
  actor         text not null,
  note          text not null,
  constraint progress_event_pk primary key (plan_id, sequence),
  constraint progress_event_sequence_positive check (sequence >= 1),
  constraint progress_event_status check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  constraint progress_event_code_not_blank check (length(trim(activity_code)) > 0)
);

/* [jooq ignore start] */
-- The same form as the domain's plan key (H2, which the code generator uses, has no ~ operator).
alter table plan add constraint plan_key_form check (key ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$');

-- Progress is append-only: the database itself refuses to rewrite or remove an event.
create function progress_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'progress events are append-only: % refused', tg_op
    using errcode = 'restrict_violation';
end
$$;

create trigger progress_event_append_only
  before update or delete on progress_event
  for each row execute function progress_event_append_only();

create trigger progress_event_no_truncate
  before truncate on progress_event
  for each statement execute function progress_event_append_only();
/* [jooq ignore stop] */
