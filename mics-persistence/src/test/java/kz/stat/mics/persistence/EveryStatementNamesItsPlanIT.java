package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.Status;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * Every statement the store and its queries send reads or writes the tables of a plan only by that
 * plan, so a distributed PostgreSQL could shard every such table by plan without a query changing.
 */
class EveryStatementNamesItsPlanIT {
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");
  private static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);

  private final List<String> statements = new CopyOnWriteArrayList<>();
  private final ExecuteListener recorder = new ExecuteListener() {
    @Override
    public void executeStart(ExecuteContext ctx) {
      if (ctx.batchSQL().length > 1) {
        statements.addAll(List.of(ctx.batchSQL()));
      } else if (ctx.sql() != null) {
        statements.add(ctx.sql());
      }
    }
  };

  @Test
  void everyStatementOnThePlansTablesFiltersByPlan() {
    DataSource db = TestDatabases.migrated();
    JooqPlans plans = new JooqPlans(db, TimeSource.system(), List.of(recorder));
    JooqPlanQueries queries = new JooqPlanQueries(DSL.using(new DefaultConfiguration()
        .set(db).set(SQLDialect.POSTGRES)
        .set(new Settings().withExecuteLogging(false).withRenderSchema(false))
        .set(new DefaultExecuteListenerProvider(recorder))));

    plans.save(KEY, SeedPlan.plan());
    plans.save(KEY, SeedPlan.plan());
    plans.save(KEY, PlansContract.samplePlan());
    plans.record(KEY, new ProgressChange("1.1", Status.DONE, OCTOBER_1, "ХСД", ""));
    plans.record(KEY, new ProgressChange("1.1", Status.DONE, OCTOBER_1, "ХСД", ""), 1);
    plans.list();
    plans.latest(KEY);
    plans.revision(KEY, 1);
    plans.revisions(KEY);
    plans.progress(KEY);
    var history = plans.history(KEY).orElseThrow();
    plans.restore(kz.stat.mics.domain.plan.PlanHistory.of(PlanKey.of("copy"), history.revisions(),
        history.progress()));
    queries.header(KEY);
    queries.overdue(KEY, OCTOBER_1, 10);
    queries.overdueEverywhere(OCTOBER_1, 10);
    queries.due(KEY, OCTOBER_1, OCTOBER_1.plusDays(90), Optional.empty(), Page.ALL);
    queries.due(KEY, OCTOBER_1, OCTOBER_1.plusDays(90), Optional.of(OCTOBER_1), 0);
    queries.active(KEY, OCTOBER_1, 5);
    queries.status(KEY, OCTOBER_1, 5);
    queries.workload(KEY, Optional.empty(), 5);
    queries.workload(KEY, Optional.of(2024), 5);
    queries.funding(KEY);
    queries.late(KEY, Optional.empty(), 5);
    queries.late(KEY, Optional.of(OCTOBER_1), Page.ALL);
    queries.sections(KEY, OCTOBER_1, 5);
    queries.activities(KEY, java.util.OptionalInt.empty(), Optional.empty(), 5);
    queries.activities(KEY, java.util.OptionalInt.of(1),
        Optional.of(kz.stat.mics.domain.plan.ActivityCode.of("11.2")), Page.ALL);

    List<String> touching = statements.stream()
        .filter(s -> PlanPredicates.BY_PLAN.stream().anyMatch(t -> s.contains(t)))
        .toList();
    assertThat(touching).hasSizeGreaterThan(30);
    List<String> violations = new ArrayList<>();
    touching.forEach(s -> violations.addAll(PlanPredicates.violations(s)));
    assertThat(violations).isEmpty();
  }

  @Test
  void aStatementThatReadsActivitiesOfEveryPlanBreaksTheRule() {
    assertThat(PlanPredicates.violations(
        "select count(*) from \"activity\" where \"activity\".\"revision_id\" = ?"))
        .singleElement().asString().startsWith("activity without its plan");
    assertThat(PlanPredicates.violations("select a.code from activity a join deadline_window w"
        + " on w.revision_id = a.revision_id where a.plan_id = ?"))
        .singleElement().asString().startsWith("deadline_window w without its plan");
    assertThat(PlanPredicates.violations("insert into progress_event (sequence, status)"
        + " values (?, ?)")).hasSize(1);
    assertThat(PlanPredicates.violations("select e.status from progress_event e"
        + " where e.plan_id = a.plan_id and e.on_date <= ?")).isEmpty();
  }
}
