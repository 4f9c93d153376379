package kz.stat.mics.persistence;

import static kz.stat.mics.persistence.TestDatabases.as;
import static kz.stat.mics.persistence.TestDatabases.execute;
import static kz.stat.mics.persistence.TestDatabases.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.port.TimeSource;
import org.junit.jupiter.api.Test;

/**
 * The counts of activities by due day, which the overdue and due pages total from, always equal a
 * count of the activity rows themselves: after saves by INSERT and by COPY, after rows are changed
 * or removed, and when the writer is the program's role, which may not write a count itself.
 */
class DueDayCountsIT {
  private static final AtomicInteger ROLES = new AtomicInteger();
  private static final String COUNTED = "select plan_id, revision_id, due_date, activities"
      + " from activity_due_day order by 1, 2, 3";
  private static final String ACTUAL = "select plan_id, revision_id, due_date, count(*)"
      + " from activity where due_date is not null group by 1, 2, 3 order by 1, 2, 3";

  @Test
  void savesByInsertAndByCopyAreCountedByDueDay() throws SQLException {
    DataSource db = TestDatabases.migrated();
    new JooqPlans(db).save(PlanKey.of("seed"), SeedPlan.plan());
    new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0)
        .save(PlanKey.of("generated"), dated(1000));

    List<String> counted = rows(db, COUNTED);
    assertThat(counted).isEqualTo(rows(db, ACTUAL));
    // one count per day the seed's activities fall due, adding up to those that have a due day
    assertThat(rows(db, "select count(*), sum(activities) from activity_due_day d"
        + " join plan p on p.id = d.plan_id where p.key = 'seed'"))
        .containsExactly(rows(db, "select count(distinct a.due_date), count(a.due_date)"
            + " from activity a join plan p on p.id = a.plan_id where p.key = 'seed'").get(0));
  }

  @Test
  void changedAndRemovedActivitiesAreCountedOutAgain() throws SQLException {
    DataSource db = TestDatabases.migrated();
    new JooqPlans(db).save(PlanKey.of("seed"), SeedPlan.plan());
    new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0)
        .save(PlanKey.of("generated"), dated(200));

    execute(db, "update activity set due_date = due_date + 1 where position % 3 = 0");
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, ACTUAL));
    execute(db, "update activity set due_date = null where position % 5 = 0");
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, ACTUAL));
    for (String t : List.of("activity_executor", "deadline_window")) {
      execute(db, "delete from " + t + " where activity_position >= 20");
    }
    execute(db, "delete from activity where position >= 20");
    assertThat(rows(db, COUNTED)).isEqualTo(rows(db, ACTUAL)).isNotEmpty();
  }

  @Test
  void theProgramsRoleSavesCountedRowsButCannotWriteACount() throws SQLException {
    DataSource db = TestDatabases.migrated();
    String role = "mics_due_day_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
    List<String> setup = new ArrayList<>(List.of("create role " + role));
    setup.addAll(PlanDatabase.runtimeGrants(role));
    for (String s : setup) {
      execute(db, s);
    }
    try {
      DataSource asRole = as(db, role);
      new JooqPlans(asRole).save(PlanKey.of("seed"), SeedPlan.plan());
      new JooqPlans(asRole, TimeSource.system(), List.of(), "the database server", 0)
          .save(PlanKey.of("generated"), dated(100));

      assertThat(rows(db, COUNTED)).isEqualTo(rows(db, ACTUAL)).hasSizeGreaterThan(40);
      assertThatThrownBy(() -> execute(asRole, "insert into activity_due_day"
          + " values (1, 1, date '2024-01-01', 5)"))
          .hasMessageContaining("permission denied");
      // The functions that keep the counts run as the schema's owner: a role may not attach them
      // to a table of its own (a temporary one) to clear or forge the counts.
      for (String function : List.of("activity_due_day_add", "activity_due_day_remove",
          "activity_due_day_clear")) {
        assertThatThrownBy(() -> execute(asRole, "create temporary table mine (id int);"
            + " create trigger forge after truncate on mine for each statement"
            + " execute function public." + function + "()"))
            .hasMessageContaining("permission denied for function public." + function);
      }
    } finally {
      execute(db, "drop owned by " + role);
      execute(db, "drop role " + role);
    }
  }

  /** {@code count} activities falling due on 40 days in turn, so that many share a day. */
  static ActionPlan dated(int count) {
    ActionPlan base = Plans1000.withActivities(count);
    List<Section> sections = new ArrayList<>();
    int n = 0;
    for (Section s : base.sections()) {
      List<Activity> activities = new ArrayList<>();
      for (Activity a : s.activities()) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(n++ % 40);
        activities.add(Activity.of(a.code(), a.title(), a.responsible(),
            Deadline.of("күн " + day, List.of(Window.day(day))), a.completionForm(),
            a.financing()));
      }
      sections.add(Section.of(s.number(), s.title(), activities));
    }
    return ActionPlan.of(base.title(), base.language(), base.period(), sections, base.executors());
  }
}
