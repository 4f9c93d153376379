package kz.stat.mics.persistence;

import static kz.stat.mics.persistence.TestDatabases.as;
import static kz.stat.mics.persistence.DueDayCountsIT.dated;
import static kz.stat.mics.persistence.TestDatabases.execute;
import static kz.stat.mics.persistence.TestDatabases.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.Test;

/**
 * The counts of activities closed by progress, which the overdue and due totals subtract, always
 * equal a recount from the events themselves (the last event by each day, per activity): after
 * events appended one by one, several in one statement, back-dated or on one day, after revisions
 * stored before and after the events, restored with their history, changed or removed; and when
 * the writer is the program's role, which may not write them itself.
 */
class ClosedDayCountsIT {
  private static final AtomicInteger ROLES = new AtomicInteger();
  /** The days on which a closing may begin or end, and the days either side. */
  private static final String DAYS = "with days as (select distinct e.on_date + k.k as day"
      + " from progress_event e cross join (values (-1), (0), (1)) k(k))";
  private static final String COUNTED = DAYS + " select d.day, c.plan_id, c.revision_id,"
      + " c.due_date, sum(c.activities) from days d join activity_closed_day c"
      + " on c.closed_from <= d.day and c.closed_until > d.day group by 1, 2, 3, 4"
      + " order by 1, 2, 3, 4";
  private static final String RECOUNTED = DAYS + " select d.day, a.plan_id, a.revision_id,"
      + " a.due_date, count(*) from days d cross join activity a cross join lateral"
      + " (select e.status from progress_event e where e.plan_id = a.plan_id"
      + " and e.activity_code = a.code and e.on_date <= d.day"
      + " order by e.on_date desc, e.sequence desc limit 1) s"
      + " where a.due_date is not null and s.status in ('DONE', 'CANCELLED')"
      + " group by 1, 2, 3, 4 order by 1, 2, 3, 4";
  /** Closed after every event: the intervals still open at the end. */
  private static final String COUNTED_AT_END = "select c.plan_id, c.revision_id, c.due_date,"
      + " sum(c.activities) from activity_closed_day c where c.closed_until = 'infinity'"
      + " group by 1, 2, 3 order by 1, 2, 3";
  private static final String RECOUNTED_AT_END = "select a.plan_id, a.revision_id, a.due_date,"
      + " count(*) from activity a cross join lateral (select e.status from progress_event e"
      + " where e.plan_id = a.plan_id and e.activity_code = a.code"
      + " order by e.on_date desc, e.sequence desc limit 1) s"
      + " where a.due_date is not null and s.status in ('DONE', 'CANCELLED')"
      + " group by 1, 2, 3 order by 1, 2, 3";

  @Test
  void theClosedCountsEqualARecountFromTheEventsAfterAMixOfWrites() throws SQLException {
    DataSource db = TestDatabases.migrated();
    JooqPlans plans = new JooqPlans(db);
    PlanKey seed = PlanKey.of("seed");
    PlanKey generated = PlanKey.of("generated");
    plans.save(seed, SeedPlan.plan());
    ActionPlan large = dated(300);
    new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0)
        .save(generated, large);

    // closed, opened again and cancelled on one day (the later event wins), back-dated events
    record(plans, seed, "1.1", Status.DONE, "2024-01-05");
    record(plans, seed, "1.1", Status.IN_PROGRESS, "2024-02-01");
    record(plans, seed, "1.1", Status.CANCELLED, "2024-02-01");
    record(plans, seed, "2.1", Status.DONE, "2024-03-01");
    record(plans, seed, "2.1", Status.PLANNED, "2023-12-01");
    record(plans, seed, "3.1", Status.DONE, "2024-05-01");
    record(plans, seed, "3.1", Status.IN_PROGRESS, "2024-04-01");
    record(plans, seed, "3.1", Status.DONE, "2024-04-01");
    record(plans, seed, "3.1", Status.PLANNED, "2024-06-01");
    Random random = new Random(5);
    for (int e = 0; e < 80; e++) {
      Activity a = large.activities().get(random.nextInt(40));
      record(plans, generated, a.code(), Status.values()[random.nextInt(4)],
          LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)).toString());
    }
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, RECOUNTED)).hasSizeGreaterThan(100);

    // a second revision of each, stored after the events (fewer activities: codes with events
    // that it no longer has), and a plan restored whole with its history
    plans.save(seed, retitled(SeedPlan.plan()));
    new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0)
        .save(generated, dated(250));
    ActionPlan restored = dated(120);
    List<ProgressEvent> events = new ArrayList<>();
    Instant at = Instant.parse("2024-01-01T09:00:00Z");
    for (int e = 0; e < 50; e++) {
      Activity a = restored.activities().get(random.nextInt(30));
      events.add(ProgressEvent.of(e + 1, new ProgressChange(a.code(),
          Status.values()[random.nextInt(4)], LocalDate.of(2024, 1, 1)
              .plusDays(random.nextInt(50)), "ХСД", ""), at));
    }
    plans.restore(PlanHistory.of(PlanKey.of("restored"), List.of(new Revision(1, at, restored)),
        PlanProgress.of(events)));
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, RECOUNTED));

    // several events in one statement: several codes, one code twice, a code no revision has
    String first = large.activities().get(0).code();
    String second = large.activities().get(1).code();
    execute(db, "insert into progress_event (plan_id, sequence, activity_code, status, on_date,"
        + " recorded_at, actor, note) select p.id, (select max(e.sequence) from progress_event e"
        + " where e.plan_id = p.id) + v.n, v.code, v.status, v.day, now(), 'a', '' from plan p,"
        + " (values (1, '" + first + "', 'DONE', date '2024-01-20'),"
        + " (2, '" + first + "', 'IN_PROGRESS', date '2024-01-25'),"
        + " (3, '" + second + "', 'CANCELLED', date '2023-11-30'),"
        + " (4, '77.7', 'DONE', date '2024-01-03')) v(n, code, status, day)"
        + " where p.key = 'generated'");
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, RECOUNTED));

    // activities changed and removed
    execute(db, "update activity set due_date = due_date + 3 where position % 4 = 0");
    execute(db, "update activity set due_date = null where position % 7 = 0");
    for (String t : List.of("activity_executor", "deadline_window")) {
      execute(db, "delete from " + t + " where activity_position >= 100");
    }
    execute(db, "delete from activity where position >= 100");
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, RECOUNTED)).hasSizeGreaterThan(100);
    assertThat(rows(db, COUNTED_AT_END)).isEqualTo(rows(db, RECOUNTED_AT_END)).isNotEmpty();
  }

  @Test
  void theProgramsRoleRecordsCountedClosingsButCannotWriteThem() throws SQLException {
    DataSource db = TestDatabases.migrated();
    String role = "mics_closed_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
    List<String> setup = new ArrayList<>(List.of("create role " + role));
    setup.addAll(PlanDatabase.runtimeGrants(role));
    for (String s : setup) {
      execute(db, s);
    }
    try {
      DataSource asRole = as(db, role);
      JooqPlans plans = new JooqPlans(asRole);
      PlanKey seed = PlanKey.of("seed");
      plans.save(seed, SeedPlan.plan());
      record(plans, seed, "1.1", Status.DONE, "2024-01-05");
      record(plans, seed, "2.1", Status.CANCELLED, "2024-02-05");
      record(plans, seed, "2.1", Status.IN_PROGRESS, "2024-03-05");
      plans.save(seed, retitled(SeedPlan.plan()));

      assertThat(rows(db, COUNTED)).isEqualTo(rows(db, RECOUNTED)).hasSizeGreaterThan(3);
      assertThat(rows(db, "select activity_code, closed_from, closed_until from progress_closed"
          + " order by 1, 2")).containsExactly("1.1 2024-01-05 infinity",
          "2.1 2024-02-05 2024-03-05");
      assertThatThrownBy(() -> execute(asRole, "insert into progress_closed"
          + " values (1, '1.1', date '2024-01-01', 'infinity')"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> execute(asRole, "insert into activity_closed_day"
          + " values (1, 1, date '2024-01-01', date '2024-01-01', 'infinity', 5)"))
          .hasMessageContaining("permission denied");
      // Neither the trigger functions nor those they call may be run by anyone else, so the
      // role cannot attach them to a table of its own, nor move counts by calling them.
      for (String function : List.of("progress_closed_recount", "activity_closed_day_add",
          "activity_closed_day_remove", "activity_closed_day_clear")) {
        assertThatThrownBy(() -> execute(asRole, "create temporary table mine (id int);"
            + " create trigger forge after truncate on mine for each statement"
            + " execute function public." + function + "()"))
            .hasMessageContaining("permission denied for function public." + function);
      }
      assertThatThrownBy(() -> execute(asRole, "select public.activity_closed_day_move("
          + "array[1]::bigint[], array['1.1']::varchar[], 1)"))
          .hasMessageContaining("permission denied for function activity_closed_day_move");
      assertThatThrownBy(() -> execute(asRole, "select * from public.progress_closed_intervals("
          + "array[1]::bigint[], array['1.1']::varchar[])"))
          .hasMessageContaining("permission denied for function progress_closed_intervals");
    } finally {
      execute(db, "drop owned by " + role);
      execute(db, "drop role " + role);
    }
  }

  private static void record(JooqPlans plans, PlanKey key, String code, Status status,
      String day) {
    plans.record(key, new ProgressChange(code, status, LocalDate.parse(day), "ХСД", ""));
  }

  private static ActionPlan retitled(ActionPlan plan) {
    return new ActionPlan(plan.title() + " (2)", plan.language(), plan.period(), plan.sections(),
        plan.executors(), plan.precedences());
  }
}
