package kz.stat.mics.persistence;

import static kz.stat.mics.persistence.TestDatabases.execute;
import static kz.stat.mics.persistence.TestDatabases.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.Status;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration that puts the plan in front of every key (V15) on a store that already holds
 * plans: the rows are kept as they were and checked against the new keys, and a row whose plan
 * disagrees with its revision's stops it with nothing changed.
 */
class KeysLeadWithThePlanMigrationIT {
  private static final PlanKey SEED = PlanKey.of("mics-2023-2025.kk");
  private static final PlanKey COPIED = PlanKey.of("copied");
  private static final Set<String> REFERENCE_TABLES = ShardingKeys.STORE_REFERENCE_TABLES;

  /** A new database with the schema as it was before the keys changed. */
  private static DataSource beforeTheNewKeys() {
    DataSource db = TestDatabases.fresh();
    Flyway.configure().dataSource(db).locations("classpath:db/migration").target("13").load()
        .migrate();
    return db;
  }

  /** The seed plan by batched inserts with progress, and a plan of 300 activities by COPY. */
  private static void store(DataSource db) {
    JooqPlans plans = new JooqPlans(db);
    plans.save(SEED, SeedPlan.plan());
    plans.record(SEED, new ProgressChange("1.1", Status.DONE, LocalDate.of(2024, 10, 1), "ХСД",
        "тапсырылды"));
    new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0)
        .save(COPIED, Plans1000.withActivities(300));
  }

  @Test
  void aStoreWithPlansKeepsThemAllUnderTheNewKeys() throws SQLException {
    DataSource db = beforeTheNewKeys();
    store(db);
    JooqPlans plans = new JooqPlans(db);
    PlanHistory seed = plans.history(SEED).orElseThrow();
    PlanHistory copied = plans.history(COPIED).orElseThrow();
    List<String> dueDays = rows(db, "select plan_id, revision_id, due_date, activities"
        + " from activity_due_day order by 1, 2, 3");
    try (Connection c = db.getConnection()) {
      assertThat(ShardingKeys.check(c, "public", REFERENCE_TABLES).findings()).containsExactly(
          "activity: foreign key activity_section_fk (revision_id, section_position) -> section"
              + " (revision_id, position) does not pair plan_id with plan_id",
          "activity: primary key activity_pk (revision_id, position) lacks plan_id",
          "activity_executor: foreign key activity_executor_activity_fk (revision_id,"
              + " activity_position) -> activity (revision_id, position) does not pair plan_id"
              + " with plan_id",
          "activity_executor: primary key activity_executor_pk (revision_id, activity_position,"
              + " position) lacks plan_id",
          "deadline_window: foreign key deadline_window_activity_fk (revision_id,"
              + " activity_position) -> activity (revision_id, position) does not pair plan_id"
              + " with plan_id",
          "deadline_window: primary key deadline_window_pk (revision_id, activity_position,"
              + " position) lacks plan_id",
          "executor: foreign key executor_revision_id_fkey (revision_id) -> revision (id)"
              + " does not pair plan_id with plan_id",
          "executor: primary key executor_pk (revision_id, position) lacks plan_id",
          "precedence: foreign key precedence_revision_id_fkey (revision_id) -> revision (id)"
              + " does not pair plan_id with plan_id",
          "precedence: primary key precedence_pk (revision_id, position) lacks plan_id",
          "revision: primary key revision_pkey (id) lacks plan_id",
          "section: foreign key section_revision_id_fkey (revision_id) -> revision (id)"
              + " does not pair plan_id with plan_id",
          "section: primary key section_pk (revision_id, position) lacks plan_id");
    }

    PlanDatabase database = PlanDatabase.of(db);
    List<String> pending = database.info().pending();
    MigrationInfo migrated = database.migrate();

    assertThat(pending).contains("15");
    assertThat(migrated.from()).contains("13");
    assertThat(migrated.applied()).isEqualTo(pending.size());
    JooqPlans after = new JooqPlans(db);
    assertThat(after.history(SEED)).contains(seed);
    assertThat(after.history(COPIED)).contains(copied);
    assertThat(rows(db, "select plan_id, revision_id, due_date, activities"
        + " from activity_due_day order by 1, 2, 3")).isEqualTo(dueDays).isNotEmpty();
    // every activity of the copied plan still finds its section: 30 sections of 10 each
    assertThat(rows(db, "select p.key, count(distinct s.position), count(*) from activity a"
        + " join section s on s.plan_id = a.plan_id and s.revision_id = a.revision_id"
        + " and s.position = a.section_position join plan p on p.id = a.plan_id"
        + " where p.key = 'copied' group by p.key")).containsExactly("copied 30 300");
    try (Connection c = db.getConnection()) {
      assertThat(ShardingKeys.check(c, "public", REFERENCE_TABLES).findings()).isEmpty();
    }
    // and the store goes on: a changed plan is a second revision, by inserts and by COPY
    assertThat(after.save(SEED, PlansContract.samplePlan()).revision()).isEqualTo(2);
    assertThat(new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0)
        .save(COPIED, Plans1000.withActivities(301)).revision()).isEqualTo(2);
    assertThat(after.latest(COPIED).orElseThrow().plan()).isEqualTo(Plans1000.withActivities(301));
  }

  @Test
  void aRowWhosePlanIsNotItsRevisionsStopsTheMigrationWithNothingChanged()
      throws SQLException {
    DataSource db = beforeTheNewKeys();
    store(db);
    execute(db, "update executor set plan_id = plan_id + 100"
        + " where position = 0 and plan_id = (select id from plan where key = 'copied')");

    assertThatThrownBy(() -> PlanDatabase.of(db).migrate())
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Could not bring the schema of the given data source up to date: ")
        .hasMessageContaining("V15__keys_lead_with_the_plan.sql")
        .hasMessageContaining("violates foreign key constraint \"executor_revision_fk\"")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

    // one transaction: the old keys stand, and no history row says otherwise
    assertThat(rows(db, "select conname from pg_constraint where conrelid = 'revision'::regclass"
        + " and contype = 'p'")).containsExactly("revision_pkey");
    assertThat(rows(db, "select count(*) from flyway_schema_history where version = '15'"
        + " and success")).containsExactly("0");
    // the scripts before it (V14) went in, each in its own transaction
    assertThat(PlanDatabase.of(db).info().current()).contains("14");
  }
}
