package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.StoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the store says when the server fails under it: one line, the cause first, never the SQL.
 * The failures are the server's own (a trigger raises the disk-full error the server raises, a
 * backend is terminated as an administrator or a crash would).
 */
class StoreFailureMessagesIT {
  private static final PlanKey KEY = PlanKey.of("failing");

  private static void sql(DataSource ds, String... statements) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** A trigger on the plan table that runs {@code body} before every insert. */
  private static void failOnInsert(DataSource ds, String body) throws SQLException {
    sql(ds, "create function fail() returns trigger language plpgsql as $$ begin " + body
        + "; return new; end $$",
        "create trigger fail before insert on plan for each row execute function fail()");
  }

  @Test
  void aFullDiskSaysSoInOneLineWithoutTheStatement() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    failOnInsert(ds, "raise exception using errcode = '53100', message = 'could not extend file "
        + "\"base/16384/16385\": No space left on device', hint = 'Check free disk space.'");
    JooqPlans plans = new JooqPlans(ds);
    assertThatThrownBy(() -> plans.save(KEY, SeedPlan.plan()))
        .isInstanceOf(StoreException.class)
        .hasMessage("the database has no space left on its disk; nothing was stored");
    assertThat(plans.list()).isEmpty();
  }

  @Test
  void anotherResourceLimitNamesTheResource() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    failOnInsert(ds, "raise exception using errcode = '53200', message = 'out of memory'");
    assertThatThrownBy(() -> new JooqPlans(ds).save(KEY, SeedPlan.plan()))
        .isInstanceOf(StoreException.class)
        .hasMessage("the database server ran out of memory (out of memory); nothing was stored");
  }

  /** Fails every activity row from the {@code at}th on: the rows a streamed import copies as it reads. */
  private static void failOnActivity(DataSource ds, int at, String body) throws SQLException {
    sql(ds, "create function fail_activity() returns trigger language plpgsql as $$ begin"
        + " if new.position >= " + at + " then " + body + "; end if; return new; end $$",
        "create trigger fail_activity before insert on activity for each row"
            + " execute function fail_activity()");
  }

  @Test
  void aDiskThatFillsWhileTheActivitiesStreamInSaysSoAndStoresNothing() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    failOnActivity(ds, 3_000, "raise exception using errcode = '53100', message = 'could not"
        + " extend file: No space left on device'");
    JooqPlans plans = new JooqPlans(ds);
    assertThatThrownBy(() -> plans.save(KEY, StreamedSaveIT.streamOf(Plans1000.withActivities(
        20_000))))
        .isInstanceOf(StoreException.class)
        .hasMessage("the database has no space left on its disk; nothing was stored");
    assertThat(plans.list()).isEmpty();
  }

  @Test
  void aConnectionLostWhileTheActivitiesStreamInIsAServerNotAnswering() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    failOnActivity(ds, 3_000, "perform pg_terminate_backend(pg_backend_pid())");
    JooqPlans plans = new JooqPlans(ds);
    assertThatThrownBy(() -> plans.save(KEY, StreamedSaveIT.streamOf(Plans1000.withActivities(
        20_000))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(" is not answering (Database connection failed")
        .hasMessageEndingWith("); nothing was stored")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("stdin"));
    assertThat(plans.list()).isEmpty();
  }

  @Test
  void aBackendTerminatedMidCommandIsAServerNotAnswering() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    failOnInsert(ds, "perform pg_terminate_backend(pg_backend_pid())");
    PGSimpleDataSource pg = (PGSimpleDataSource) ds;
    assertThatThrownBy(() -> new JooqPlans(ds).save(KEY, SeedPlan.plan()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the database server at " + pg.getServerNames()[0] + ":"
            + pg.getPortNumbers()[0] + "/" + pg.getDatabaseName() + " is not answering (")
        .hasMessageContaining("terminating connection due to administrator command")
        .hasMessageEndingWith("); nothing was stored")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("insert"));
  }

  @Test
  void aServerThatIsGoneIsNotAnsweringAndNamesWhere() {
    PGSimpleDataSource gone = new PGSimpleDataSource();
    gone.setURL("jdbc:postgresql://127.0.0.1:1/mics");
    gone.setUser("mics");
    assertThatThrownBy(() -> new JooqPlans(gone).list())
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the database server at 127.0.0.1:1/mics is not answering (")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
            .doesNotContain("PGSimpleDataSource").doesNotContain("Error getting connection"));
  }

  @Test
  void aStoreOnAServerOfItsOwnNamesItAsItsDatabaseDoes() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    failOnInsert(ds, "perform pg_terminate_backend(pg_backend_pid())");
    PlanDatabase database = PlanDatabase.onServer(ds, ds, "mics_never_granted",
        "the embedded PostgreSQL in /somewhere", () -> { });
    assertThatThrownBy(() -> database.plans().save(KEY, SeedPlan.plan()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the embedded PostgreSQL in /somewhere is not answering (");
  }

  @Test
  void aTamperedChecksumIsOneLineThatSaysToRunDbRepairAndRepairFixesIt() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    sql(ds, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");
    PlanDatabase database = PlanDatabase.of(ds);
    assertThatThrownBy(database::migrate)
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("The schema history of the given data source does not match "
            + "this program's migrations (Migration checksum mismatch for migration version 1")
        .hasMessageEndingWith("run: mics db repair")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
            .doesNotContain("run repair"));

    assertThat(database.repair()).hasSize(1).first().asString()
        .startsWith("version 1 (").endsWith("checksum realigned");
    assertThat(database.migrate().applied()).isZero();
    assertThat(database.repair()).isEmpty();
  }

  @Test
  void aMigrationThatFailsSaysWhatTheServerFoundInOneLine() throws SQLException {
    DataSource ds = TestDatabases.migrated();
    // the history forgets the scripts from V13 on, whose table is there: running V13 again fails
    sql(ds, "delete from flyway_schema_history where installed_rank >= (select installed_rank"
        + " from flyway_schema_history where version = '13')");
    PlanDatabase database = PlanDatabase.of(ds);
    assertThatThrownBy(database::migrate)
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Could not bring the schema of the given data source up to date: ")
        .hasMessageContaining("V13__overdue_totals_by_due_day.sql")
        .hasMessageEndingWith("(ERROR: relation \"activity_due_day\" already exists, SQL state"
            + " 42P07)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
