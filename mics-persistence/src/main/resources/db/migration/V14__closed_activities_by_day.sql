-- When progress had an activity closed, counted, so that the total of an overdue or due page is two
-- sums of counts and never a look-up per closed activity. The status of a code on a day is its last
-- event on or before that day (by day, then sequence); `progress_closed` keeps the intervals over
-- which that status is DONE or CANCELLED: from the first day so closed up to, not including, the
-- next day on which it is not ('infinity' while it stays closed). `activity_closed_day` counts,
-- per revision, how many of its activities with a due day are closed over each such interval, by
-- due day. The overdue total on day D is then
--   sum(activity_due_day where due < D)
--   - sum(activity_closed_day where due < D and closed_from <= D and closed_until > D).
-- Both are kept by statement triggers that run as the schema's owner, like the counts by due day
-- of V13: an appended event recomputes the intervals of the codes it touched and moves their
-- counts in every revision of the plan; an added, changed or removed activity adds or removes its
-- own. Events are never rewritten, removed or truncated (V1 refuses it), so appending is the only
-- change on their side.
create table progress_closed (
  plan_id       bigint not null,
  activity_code varchar not null,
  closed_from   date not null,
  closed_until  date not null,
  constraint progress_closed_pk primary key (plan_id, activity_code, closed_from)
);

create table activity_closed_day (
  plan_id      bigint not null,
  revision_id  bigint not null,
  due_date     date not null,
  closed_from  date not null,
  closed_until date not null,
  activities   integer not null
);

/* [jooq ignore start] */
alter table progress_closed add constraint progress_closed_order
  check (closed_from < closed_until);
alter table activity_closed_day add constraint activity_closed_day_positive
  check (activities > 0);
-- Keyed by plan first; the count rides in the key's index, so a page's total reads the index only.
alter table activity_closed_day add constraint activity_closed_day_pk
  primary key (plan_id, revision_id, due_date, closed_from, closed_until) include (activities);

-- The closed intervals of the given codes (pairs of plan and code), from their events.
create function progress_closed_intervals(plans bigint[], codes varchar[])
  returns table (plan_id bigint, activity_code varchar, closed_from date, closed_until date)
  language sql stable set search_path = public, pg_temp as $$
  with t as (select distinct u.plan_id, u.code from unnest(plans, codes) as u(plan_id, code)),
  -- where each code stands at the end of each day with events: the day's last event decides
  days as (select distinct on (e.plan_id, e.activity_code, e.on_date) e.plan_id,
      e.activity_code, e.on_date, e.status in ('DONE', 'CANCELLED') as closed
    from t join progress_event e on e.plan_id = t.plan_id and e.activity_code = t.code
    order by e.plan_id, e.activity_code, e.on_date, e.sequence desc),
  -- the days on which it turns closed or open again (before its first event it is open)
  turns as (select d.plan_id, d.activity_code, d.on_date, d.closed from (select x.*,
      lag(x.closed, 1, false) over (partition by x.plan_id, x.activity_code order by x.on_date)
        as before from days x) d
    where d.closed <> d.before),
  spans as (select s.plan_id, s.activity_code, s.on_date as closed_from,
      coalesce(lead(s.on_date) over (partition by s.plan_id, s.activity_code
        order by s.on_date), 'infinity'::date) as closed_until, s.closed
    from turns s)
  select s.plan_id, s.activity_code, s.closed_from, s.closed_until from spans s where s.closed
$$;

-- The activities of a plan with one code, in every revision, with their due day: the index of V13
-- led by the revision, on a revision not yet analyzed (one being restored), let the planner look
-- up by plan and revision only and filter every activity of the revision by code (0.5 s a call
-- at a million activities). Led by the code, it cannot be used without it; looking up whether the
-- latest revision has a code still goes by it.
drop index activity_code;
create index activity_by_code on activity (plan_id, code, revision_id) include (due_date);

-- Adds (sign 1) or removes (sign -1) the counts of the given codes' current intervals, for the
-- activities with those codes in every revision of their plans. The rows without a due day are
-- dropped after the counting (a materialized CTE), so that no condition on the due day offers the
-- planner the partial index activity_due for the look-up.
create function activity_closed_day_move(plans bigint[], codes varchar[], sign integer)
  returns void language plpgsql set search_path = public, pg_temp as $$
begin
  if sign > 0 then
    with r as materialized (select a.plan_id, a.revision_id, a.due_date, c.closed_from,
          c.closed_until, count(*) as n
        from (select distinct u.plan_id, u.code from unnest(plans, codes) as u(plan_id, code)) t
        join progress_closed c on c.plan_id = t.plan_id and c.activity_code = t.code
        join activity a on a.plan_id = t.plan_id and a.code = t.code
        group by 1, 2, 3, 4, 5)
    insert into activity_closed_day as d (plan_id, revision_id, due_date, closed_from,
        closed_until, activities)
      select r.plan_id, r.revision_id, r.due_date, r.closed_from, r.closed_until, r.n from r
      where r.due_date is not null
    on conflict (plan_id, revision_id, due_date, closed_from, closed_until)
      do update set activities = d.activities + excluded.activities;
  else
    -- the rows left with none first: the update then sees only the rows that keep some
    with r as materialized (select a.plan_id, a.revision_id, a.due_date, c.closed_from,
          c.closed_until, count(*) as n
        from (select distinct u.plan_id, u.code from unnest(plans, codes) as u(plan_id, code)) t
        join progress_closed c on c.plan_id = t.plan_id and c.activity_code = t.code
        join activity a on a.plan_id = t.plan_id and a.code = t.code
        group by 1, 2, 3, 4, 5),
      gone as (delete from activity_closed_day d using r
        where d.plan_id = r.plan_id and d.revision_id = r.revision_id
          and d.due_date = r.due_date and d.closed_from = r.closed_from
          and d.closed_until = r.closed_until and d.activities <= r.n)
    update activity_closed_day d set activities = d.activities - r.n from r
      where d.plan_id = r.plan_id and d.revision_id = r.revision_id
        and d.due_date = r.due_date and d.closed_from = r.closed_from
        and d.closed_until = r.closed_until and d.activities > r.n;
  end if;
end
$$;

-- Appended events: the intervals of the codes they touch are recomputed and their counts moved.
-- The plan's row is locked first (the program's writers already hold it), so that writers of one
-- plan take turns here and each recomputes from the events and activities the others committed.
create function progress_closed_recount() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
declare
  plans bigint[];
  codes varchar[];
begin
  perform 1 from plan p where p.id in (select a.plan_id from added a) order by p.id for update;
  select array_agg(t.plan_id), array_agg(t.activity_code) into plans, codes
    from (select distinct a.plan_id, a.activity_code from added a) t;
  perform activity_closed_day_move(plans, codes, -1);
  delete from progress_closed c using unnest(plans, codes) as u(plan_id, code)
    where c.plan_id = u.plan_id and c.activity_code = u.code;
  insert into progress_closed (plan_id, activity_code, closed_from, closed_until)
    select * from progress_closed_intervals(plans, codes);
  perform activity_closed_day_move(plans, codes, 1);
  return null;
end
$$;

create trigger progress_closed_insert after insert on progress_event
  referencing new table as added for each statement execute function progress_closed_recount();

create function activity_closed_day_add() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
begin
  perform 1 from plan p where p.id in (select a.plan_id from added a) order by p.id for update;
  insert into activity_closed_day as d (plan_id, revision_id, due_date, closed_from,
      closed_until, activities)
    select a.plan_id, a.revision_id, a.due_date, c.closed_from, c.closed_until, count(*)
    from added a join progress_closed c on c.plan_id = a.plan_id and c.activity_code = a.code
    where a.due_date is not null group by 1, 2, 3, 4, 5
  on conflict (plan_id, revision_id, due_date, closed_from, closed_until)
    do update set activities = d.activities + excluded.activities;
  return null;
end
$$;

create function activity_closed_day_remove() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
begin
  perform 1 from plan p where p.id in (select a.plan_id from removed a) order by p.id for update;
  with r as (select a.plan_id, a.revision_id, a.due_date, c.closed_from, c.closed_until,
        count(*) as n
      from removed a join progress_closed c on c.plan_id = a.plan_id and c.activity_code = a.code
      where a.due_date is not null group by 1, 2, 3, 4, 5),
    gone as (delete from activity_closed_day d using r
      where d.plan_id = r.plan_id and d.revision_id = r.revision_id and d.due_date = r.due_date
        and d.closed_from = r.closed_from and d.closed_until = r.closed_until
        and d.activities <= r.n)
  update activity_closed_day d set activities = d.activities - r.n from r
    where d.plan_id = r.plan_id and d.revision_id = r.revision_id and d.due_date = r.due_date
      and d.closed_from = r.closed_from and d.closed_until = r.closed_until
      and d.activities > r.n;
  return null;
end
$$;

create trigger activity_closed_day_insert after insert on activity
  referencing new table as added for each statement execute function activity_closed_day_add();
create trigger activity_closed_day_delete after delete on activity
  referencing old table as removed for each statement
  execute function activity_closed_day_remove();
-- An update counts its old rows out and its new rows in (two triggers fire in name order).
create trigger activity_closed_day_update_1 after update on activity
  referencing old table as removed for each statement
  execute function activity_closed_day_remove();
create trigger activity_closed_day_update_2 after update on activity
  referencing new table as added for each statement execute function activity_closed_day_add();

create function activity_closed_day_clear() returns trigger language plpgsql
  security definer set search_path = public, pg_temp as $$
begin
  truncate activity_closed_day;
  return null;
end
$$;

create trigger activity_closed_day_truncate after truncate on activity
  for each statement execute function activity_closed_day_clear();

-- As in V13: they run as (or are called by functions running as) the schema's owner, so no one
-- else may run them.
revoke execute on function progress_closed_intervals(bigint[], varchar[]),
  activity_closed_day_move(bigint[], varchar[], integer), progress_closed_recount(),
  activity_closed_day_add(), activity_closed_day_remove(), activity_closed_day_clear()
  from public;

insert into progress_closed (plan_id, activity_code, closed_from, closed_until)
  select i.* from (select array_agg(t.plan_id) as plans, array_agg(t.activity_code) as codes
      from (select distinct e.plan_id, e.activity_code from progress_event e) t) x
    cross join lateral progress_closed_intervals(x.plans, x.codes) i
    where x.plans is not null;

insert into activity_closed_day (plan_id, revision_id, due_date, closed_from, closed_until,
    activities)
  select a.plan_id, a.revision_id, a.due_date, c.closed_from, c.closed_until, count(*)
  from activity a join progress_closed c on c.plan_id = a.plan_id and c.activity_code = a.code
  where a.due_date is not null group by 1, 2, 3, 4, 5;
/* [jooq ignore stop] */
