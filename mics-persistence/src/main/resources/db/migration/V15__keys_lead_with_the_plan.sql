-- Every key of a plan's tables leads with the plan, so that a distributed PostgreSQL (Citus) could
-- shard them all by plan_id, co-located: it requires every primary key and unique constraint of a
-- distributed table to include the distribution column, and every foreign key between two
-- distributed tables to include it on both sides, matched. A revision id, a revision's section or
-- activity belongs to one plan, so putting plan_id in front of a key changes no answer; the rows
-- already stored are checked against the new keys as they are added (V2 copied each plan_id from
-- the revision, and every writer since sets it the same way).
--
-- The plan itself, like the accounts, would be a reference table (a copy on every node): its key
-- must stay unique across all plans, which a table distributed by its id cannot enforce, and a
-- distributed table may refer to a reference table by any column (revision and progress_event
-- refer to plan (id)).
--
-- No index becomes redundant: activity_due (plan_id, revision_id, due_date), activity_code
-- (plan_id, revision_id, code) and revision_number_unique (plan_id, number) serve other orders
-- than the new keys. The whole script runs in one transaction: each key's index is built once,
-- each foreign key checked with one scan of its table.

-- The keys the new ones replace: the children's foreign keys first, then the keys they refer to.
/* [jooq ignore start] */
-- Named by PostgreSQL when V1 declared them inline (H2, which the code generator uses, names
-- them otherwise; its simulated schema keeps them, which changes no generated column).
alter table section drop constraint section_revision_id_fkey;
alter table executor drop constraint executor_revision_id_fkey;
alter table precedence drop constraint precedence_revision_id_fkey;
alter table revision drop constraint revision_pkey;
/* [jooq ignore stop] */
alter table deadline_window drop constraint deadline_window_activity_fk;
alter table activity_executor drop constraint activity_executor_activity_fk;
alter table activity drop constraint activity_section_fk;
alter table activity drop constraint activity_pk;
alter table section drop constraint section_pk;
alter table deadline_window drop constraint deadline_window_pk;
alter table executor drop constraint executor_pk;
alter table activity_executor drop constraint activity_executor_pk;
alter table precedence drop constraint precedence_pk;

/* [jooq ignore start] */
alter table revision add constraint revision_pk primary key (plan_id, id);
/* [jooq ignore stop] */
alter table section add constraint section_pk primary key (plan_id, revision_id, position);
alter table activity add constraint activity_pk primary key (plan_id, revision_id, position);
alter table deadline_window add constraint deadline_window_pk
    primary key (plan_id, revision_id, activity_position, position);
alter table executor add constraint executor_pk primary key (plan_id, revision_id, position);
alter table activity_executor add constraint activity_executor_pk
    primary key (plan_id, revision_id, activity_position, position);
alter table precedence add constraint precedence_pk primary key (plan_id, revision_id, position);

/* [jooq ignore start] */
alter table section add constraint section_revision_fk foreign key (plan_id, revision_id)
    references revision (plan_id, id);
alter table executor add constraint executor_revision_fk foreign key (plan_id, revision_id)
    references revision (plan_id, id);
alter table precedence add constraint precedence_revision_fk foreign key (plan_id, revision_id)
    references revision (plan_id, id);
/* [jooq ignore stop] */
alter table activity add constraint activity_section_fk
    foreign key (plan_id, revision_id, section_position)
    references section (plan_id, revision_id, position);
alter table deadline_window add constraint deadline_window_activity_fk
    foreign key (plan_id, revision_id, activity_position)
    references activity (plan_id, revision_id, position);
alter table activity_executor add constraint activity_executor_activity_fk
    foreign key (plan_id, revision_id, activity_position)
    references activity (plan_id, revision_id, position);
