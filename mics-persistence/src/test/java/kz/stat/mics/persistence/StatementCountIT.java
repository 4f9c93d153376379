package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.TimeSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;

/** Saving and loading take the same number of statements whatever the size of the plan. */
class StatementCountIT {
  private final AtomicInteger statements = new AtomicInteger();
  private final DataSource db = TestDatabases.migrated();
  private final JooqPlans plans = new JooqPlans(db, TimeSource.system(), List.of(
      new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext ctx) {
          statements.incrementAndGet();
        }
      }));

  private int statementsToSave(String key, ActionPlan plan) {
    statements.set(0);
    plans.save(PlanKey.of(key), plan);
    return statements.get();
  }

  private int statementsToLoad(String key) {
    statements.set(0);
    plans.latest(PlanKey.of(key)).orElseThrow();
    return statements.get();
  }

  @Test
  void savingTheSeedPlanOrAThousandActivitiesTakesAsManyStatementsAsFive() {
    int five = statementsToSave("five", Plans1000.withActivities(5));
    int thousand = statementsToSave("thousand", Plans1000.withActivities(1000));

    assertThat(thousand).isEqualTo(five);
    // insert plan, lock it, read the latest revision, insert the revision, then one batch for each
    // of sections, activities, windows, responsible executors, directory and precedences.
    assertThat(five).isEqualTo(10);
    // The seed plan has no precedences: one batch fewer, and no more.
    assertThat(statementsToSave("seed", SeedPlan.plan())).isEqualTo(9);
  }

  @Test
  void loadingAThousandActivitiesTakesAsManyStatementsAsFive() {
    plans.save(PlanKey.of("five"), Plans1000.withActivities(5));
    plans.save(PlanKey.of("thousand"), Plans1000.withActivities(1000));

    int five = statementsToLoad("five");

    assertThat(statementsToLoad("thousand")).isEqualTo(five);
    // the isolation level, then one query per table: revision and its six child tables.
    assertThat(five).isEqualTo(8);
    assertThat(plans.latest(PlanKey.of("thousand")).orElseThrow().plan())
        .isEqualTo(Plans1000.withActivities(1000));
  }
}
