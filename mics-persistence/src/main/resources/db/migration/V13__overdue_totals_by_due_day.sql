-- How many activities of a revision fall due on each day. A page of the overdue or due view
-- reads its rows by position and stops after the page; its total is the sum of these counts over the
-- days before the date (a few hundred rows even at a million activities), less the activities that
-- progress had closed by then (found through the events, by code). Revisions are written once, so
-- the counts are kept by statement triggers over the rows each statement added, whichever path
-- (INSERT or COPY) wrote them; a removed or changed activity is counted out again. The trigger
-- functions run as the schema's owner, so the program's role, which only reads and appends, never
-- writes a count itself (PlanDatabase.runtimeGrants takes its insert on this table away).
create table activity_due_day (
  plan_id     bigint not null,
  revision_id bigint not null,
  due_date    date not null,
  activities  integer not null,
  constraint activity_due_day_pk primary key (plan_id, revision_id, due_date),
  constraint activity_due_day_positive check (activities > 0)
);

-- The activities of a revision closed by an event: found by their code, with their due day beside it.
/* [jooq ignore start] */
create index activity_code on activity (plan_id, revision_id, code) include (due_date);
/* [jooq ignore stop] */

/* [jooq ignore start] */
create function activity_due_day_add() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
begin
  insert into activity_due_day as d (plan_id, revision_id, due_date, activities)
    select a.plan_id, a.revision_id, a.due_date, count(*) from added a
    where a.due_date is not null group by 1, 2, 3
  on conflict (plan_id, revision_id, due_date)
    do update set activities = d.activities + excluded.activities;
  return null;
end
$$;

create function activity_due_day_remove() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
begin
  -- the days left with none first: the update then sees only the days that keep some
  delete from activity_due_day d using (select a.plan_id, a.revision_id, a.due_date, count(*) as n
          from removed a where a.due_date is not null group by 1, 2, 3) r
    where d.plan_id = r.plan_id and d.revision_id = r.revision_id and d.due_date = r.due_date
      and d.activities <= r.n;
  update activity_due_day d set activities = d.activities - r.n
    from (select a.plan_id, a.revision_id, a.due_date, count(*) as n from removed a
          where a.due_date is not null group by 1, 2, 3) r
    where d.plan_id = r.plan_id and d.revision_id = r.revision_id and d.due_date = r.due_date
      and d.activities > r.n;
  return null;
end
$$;

create trigger activity_due_day_insert after insert on activity
  referencing new table as added for each statement execute function activity_due_day_add();
create trigger activity_due_day_delete after delete on activity
  referencing old table as removed for each statement execute function activity_due_day_remove();
-- An update counts its old rows out and its new rows in (two triggers fire in name order).
create trigger activity_due_day_update_1 after update on activity
  referencing old table as removed for each statement execute function activity_due_day_remove();
create trigger activity_due_day_update_2 after update on activity
  referencing new table as added for each statement execute function activity_due_day_add();

create function activity_due_day_clear() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
begin
  truncate activity_due_day;
  return null;
end
$$;

create trigger activity_due_day_truncate after truncate on activity
  for each statement execute function activity_due_day_clear();

-- The three run as the schema's owner, so no one else may run them: a role that may make a table
-- of its own (a temporary one) could attach them to it and clear or forge the counts. Their
-- triggers above go on firing (the right to run a function is checked when a trigger is made).
revoke execute on function activity_due_day_add(), activity_due_day_remove(),
  activity_due_day_clear() from public;

insert into activity_due_day (plan_id, revision_id, due_date, activities)
  select a.plan_id, a.revision_id, a.due_date, count(*) from activity a
  where a.due_date is not null group by 1, 2, 3;
/* [jooq ignore stop] */
