package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.persistence.schema.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The migrated schema on a real PostgreSQL, against the classes generated from the same scripts. */
class SchemaIT {

  /** table -> column -> "type(length) null|not null", as a comparable description. */
  private static Map<String, Map<String, String>> describe(Iterable<? extends Table<?>> tables) {
    Map<String, Map<String, String>> result = new TreeMap<>();
    for (Table<?> t : tables) {
      if (t.getName().equals("flyway_schema_history")) {
        continue;
      }
      Map<String, String> columns = new TreeMap<>();
      for (Field<?> f : t.fields()) {
        var type = f.getDataType();
        columns.put(f.getName(), type.getSQLDataType().getTypeName()
            // PostgreSQL reports an unbounded varchar or text as the largest length there is.
            + (type.hasLength() && type.length() > 0 && type.length() < Integer.MAX_VALUE
                ? "(" + type.length() + ")" : "")
            + (type.nullable() ? " null" : " not null"));
      }
      result.put(t.getName(), columns);
    }
    return result;
  }

  @Test
  void theMigratedDatabaseMatchesTheGeneratedClasses() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection()) {
      DSLContext ctx = DSL.using(c, SQLDialect.POSTGRES);
      var live = describe(ctx.meta().getSchemas("public").get(0).getTables());

      var generated = describe(DefaultSchema.DEFAULT_SCHEMA.getTables());

      assertThat(live).isEqualTo(generated);
      assertThat(live.keySet()).containsExactly("account", "account_executor", "activity",
          "activity_closed_day", "activity_due_day", "activity_executor", "api_token", "deadline_window", "executor", "plan", "precedence",
          "progress_closed", "progress_event", "revision", "section");
    }
  }

  @Test
  void progressEventsCannotBeRewrittenOrRemoved() throws SQLException {
    DataSource db = TestDatabases.migrated();
    new JooqPlans(db).save(kz.stat.mics.domain.plan.PlanKey.of("p"),
        kz.stat.mics.domain.port.PlansContract.samplePlan());
    new JooqPlans(db).record(kz.stat.mics.domain.plan.PlanKey.of("p"),
        new kz.stat.mics.domain.progress.ProgressChange("1.1",
            kz.stat.mics.domain.progress.Status.DONE, java.time.LocalDate.of(2023, 2, 1), "a", ""), 0);
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("update progress_event set note = 'changed'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.execute("delete from progress_event"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.execute("insert into progress_event values "
          + "(1, 2, '1.1', 'FINISHED', date '2023-01-01', now(), 'a', '')"))
          .hasMessageContaining("progress_event_status");
      assertThatThrownBy(() -> s.execute("insert into deadline_window (revision_id, activity_position, position,"
          + " from_date, to_date, plan_id) values ((select min(id) from revision), 0, 9,"
          + " date '2023-02-01', date '2023-01-01', (select min(id) from plan))"))
          .hasMessageContaining("deadline_window_order");
    }
  }

  @Test
  void aSchemaNewerThanThisProgramIsRefusedAndLeftAlone() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into flyway_schema_history (installed_rank, version, description, type,"
          + " script, checksum, installed_by, execution_time, success)"
          + " values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'mics', 1,"
          + " true)");
    }
    PlanDatabase database = PlanDatabase.of(db);

    assertThat(database.info().newerThanProgram()).isTrue();
    assertThat(database.info().current()).contains("99");
    assertThatThrownBy(database::plans)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("at version 99, newer than this program knows ("
            + PlanDatabase.SCHEMA_VERSION + ")")
        .hasMessageContaining("Nothing was changed");
    assertThatThrownBy(database::migrate).isInstanceOf(StoreException.class);
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        var r = s.executeQuery("select count(*) from flyway_schema_history")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(10);
    }
  }

  @Test
  void anEmptyDatabaseIsMigratedOnFirstUseAndThenUpToDate() {
    PlanDatabase database = PlanDatabase.of(TestDatabases.fresh());

    assertThat(database.info().current()).isEmpty();
    assertThat(database.info().pending())
        .containsExactly("1", "2", "10", "11", "13", "14", "15", "16", "17");
    database.plans();

    assertThat(database.info().upToDate()).isTrue();
    assertThat(database.info().programVersion()).isEqualTo(PlanDatabase.SCHEMA_VERSION);
    assertThat(database.migrate().applied()).isZero();
    assertThat(database.plans().list()).isEmpty();
    assertThat(database.info().pending().stream().collect(Collectors.toList())).isEmpty();
  }
}
