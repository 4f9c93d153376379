-- Every table that holds a part of a plan carries the plan's id, so that a distributed PostgreSQL
-- (Citus) could shard all of them by plan and every query, filtering by plan, would run on one node.
-- The activity also carries its first and due day (the first day of its first window, the last day of
-- its last window), so that the views' date conditions are answered by an index, not by the windows.

alter table section add column plan_id bigint;
alter table activity add column plan_id bigint;
alter table activity add column start_date date;
alter table activity add column due_date date;
alter table deadline_window add column plan_id bigint;
alter table executor add column plan_id bigint;
alter table activity_executor add column plan_id bigint;
alter table precedence add column plan_id bigint;

/* [jooq ignore start] */
update section t set plan_id = r.plan_id from revision r where r.id = t.revision_id;
update activity t set plan_id = r.plan_id from revision r where r.id = t.revision_id;
update deadline_window t set plan_id = r.plan_id from revision r where r.id = t.revision_id;
update executor t set plan_id = r.plan_id from revision r where r.id = t.revision_id;
update activity_executor t set plan_id = r.plan_id from revision r where r.id = t.revision_id;
update precedence t set plan_id = r.plan_id from revision r where r.id = t.revision_id;
update activity a set start_date = (select w.from_date from deadline_window w
    where w.revision_id = a.revision_id and w.activity_position = a.position
    order by w.position limit 1),
  due_date = (select w.to_date from deadline_window w
    where w.revision_id = a.revision_id and w.activity_position = a.position
    order by w.position desc limit 1);
/* [jooq ignore stop] */

alter table section alter column plan_id set not null;
alter table activity alter column plan_id set not null;
alter table deadline_window alter column plan_id set not null;
alter table executor alter column plan_id set not null;
alter table activity_executor alter column plan_id set not null;
alter table precedence alter column plan_id set not null;

-- The overdue and due views: activities of one revision by due day, only those that have one.
create index activity_due on activity (plan_id, revision_id, due_date) where due_date is not null;
-- Where an activity stands on a day: its last event on or before that day.
create index progress_event_activity_day on progress_event (plan_id, activity_code, on_date, sequence);
