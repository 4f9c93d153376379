package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.port.TimeSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The store's queries ask PostgreSQL's catalog nothing about their columns, which jOOQ and PgJDBC
 * would otherwise do once per new result shape on every connection, and read the same values.
 */
class JooqSetupIT {
  private static final String COLUMN_LOOK_UP = "pg_catalog.pg_attribute";
  private static final PlanKey SEED = PlanKey.of("seed");

  private final DataSource db = TestDatabases.migrated();

  /** What PgJDBC sends while {@code work} runs, from its own log. */
  private static List<String> sentWhile(Runnable work) {
    Logger driver = Logger.getLogger("org.postgresql");
    Level level = driver.getLevel();
    List<String> sent = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        String message = new SimpleFormatter().formatMessage(r);
        if (message.contains("FE=> Parse")) {
          sent.add(message);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    driver.setLevel(Level.FINEST);
    driver.addHandler(handler);
    try {
      work.run();
    } finally {
      driver.removeHandler(handler);
      driver.setLevel(level);
    }
    return sent;
  }

  @Test
  void aViewAsksTheCatalogNothingWhereJooqAloneWould() {
    new JooqPlans(db, TimeSource.system(), List.of()).save(SEED, SeedPlan.plan());
    StatusSummary[] status = new StatusSummary[1];

    List<String> view = sentWhile(() ->
        status[0] = new JooqPlanQueries(db).status(SEED, LocalDate.of(2024, 10, 1), 50));
    List<String> plain = sentWhile(() ->
        DSL.using(db, SQLDialect.POSTGRES).fetch("select key from plan"));

    assertThat(status[0].overdue()).isEqualTo(32);
    assertThat(view).isNotEmpty().noneMatch(q -> q.contains(COLUMN_LOOK_UP));
    assertThat(plain).anyMatch(q -> q.contains(COLUMN_LOOK_UP));
  }

  @Test
  void recordsHoldTheSameValuesOfTheSameTypesAsWithTheDriversAnswer() {
    new JooqPlans(db, TimeSource.system(), List.of()).save(SEED, SeedPlan.plan());
    String sql = "select p.id, p.key, r.number, r.saved_at, r.period_first, a.position, a.code,"
        + " a.tentative, a.duration_days, count(*) over () as total"
        + " from plan p join revision r on r.plan_id = p.id"
        + " join activity a on a.plan_id = r.plan_id and a.revision_id = r.id order by a.position";
    DSLContext tableless = DSL.using(JooqSetup.configuration(db));
    DSLContext plain = DSL.using(db, SQLDialect.POSTGRES);

    Result<Record> mine = tableless.fetch(sql);
    Result<Record> theirs = plain.fetch(sql);

    assertThat(mine).hasSize(47);
    assertThat(mine.intoArrays()).isDeepEqualTo(theirs.intoArrays());
    for (int i = 0; i < mine.fields().length; i++) {
      assertThat(mine.field(i).getType()).isEqualTo(theirs.field(i).getType());
      assertThat(mine.field(i).getName()).isEqualTo(theirs.field(i).getName());
    }
    assertThat(JooqSetup.TablelessMetaData.PG_TYPE).isNotNull();
  }
}
