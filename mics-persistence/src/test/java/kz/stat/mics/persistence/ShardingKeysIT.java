package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema could be sharded by plan as it is: every key of a table that holds part of a
 * plan includes {@code plan_id}, every foreign key between such tables pairs it on both sides, and
 * every other table is named here as a reference table. The same check, run on schemas of planted
 * tables, reports exactly what they break.
 */
class ShardingKeysIT {
  private static final Set<String> REFERENCE_TABLES = ShardingKeys.STORE_REFERENCE_TABLES;

  private static void sql(Connection c, String... statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  @Test
  void everyKeyOfThePlansTablesLeadsWithThePlan() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection()) {
      ShardingKeys keys = ShardingKeys.check(c, "public", REFERENCE_TABLES);

      assertThat(keys.findings()).isEmpty();
      assertThat(keys.sharded()).contains("revision", "section", "activity", "deadline_window",
          "executor", "activity_executor", "precedence", "progress_event", "activity_due_day")
          .doesNotContainAnyElementsOf(REFERENCE_TABLES)
          // the tables whose statements must name their plan are all sharded by it
          .containsAll(PlanPredicates.BY_PLAN);
    }
  }

  @Test
  void theKeysOfARevisionsRowsNameThePlanFirst() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        var r = s.executeQuery("select conrelid::regclass || ' ' || pg_get_constraintdef(oid)"
            + " from pg_constraint where contype in ('p', 'f') and conrelid::regclass::text in"
            + " ('revision', 'section', 'activity', 'deadline_window', 'executor',"
            + " 'activity_executor', 'precedence')")) {
      var keys = new java.util.ArrayList<String>();
      while (r.next()) {
        keys.add(r.getString(1));
      }
      assertThat(keys).containsExactlyInAnyOrder(
          "activity FOREIGN KEY (plan_id, revision_id, section_position)"
              + " REFERENCES section(plan_id, revision_id, \"position\") DEFERRABLE",
          "activity PRIMARY KEY (plan_id, revision_id, \"position\")",
          "activity_executor FOREIGN KEY (plan_id, revision_id, activity_position)"
              + " REFERENCES activity(plan_id, revision_id, \"position\")",
          "activity_executor PRIMARY KEY (plan_id, revision_id, activity_position, \"position\")",
          "deadline_window FOREIGN KEY (plan_id, revision_id, activity_position)"
              + " REFERENCES activity(plan_id, revision_id, \"position\")",
          "deadline_window PRIMARY KEY (plan_id, revision_id, activity_position, \"position\")",
          "executor PRIMARY KEY (plan_id, revision_id, \"position\")",
          "executor FOREIGN KEY (plan_id, revision_id) REFERENCES revision(plan_id, id)",
          "precedence PRIMARY KEY (plan_id, revision_id, \"position\")",
          "precedence FOREIGN KEY (plan_id, revision_id) REFERENCES revision(plan_id, id)",
          "revision FOREIGN KEY (plan_id) REFERENCES plan(id)",
          "revision PRIMARY KEY (plan_id, id)",
          "section PRIMARY KEY (plan_id, revision_id, \"position\")",
          "section FOREIGN KEY (plan_id, revision_id) REFERENCES revision(plan_id, id) DEFERRABLE");
    }
  }

  @Test
  void aPrimaryKeyAndAForeignKeyWithoutThePlanAreFound() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection()) {
      sql(c, "create schema planted",
          "create table planted.part (plan_id bigint not null, id bigint not null,"
              + " constraint part_pk primary key (plan_id, id))",
          "create table planted.keyed_by_id (plan_id bigint not null, id bigint not null,"
              + " constraint keyed_by_id_pk primary key (id))",
          "create table planted.refers_by_id (plan_id bigint not null, part_plan bigint not null,"
              + " part_id bigint not null, constraint refers_by_id_pk primary key (plan_id, part_id),"
              + " constraint refers_by_id_fk foreign key (part_plan, part_id)"
              + " references planted.part (plan_id, id))");

      assertThat(ShardingKeys.check(c, "planted", Set.of()).findings()).containsExactly(
          "keyed_by_id: primary key keyed_by_id_pk (id) lacks plan_id",
          "refers_by_id: foreign key refers_by_id_fk (part_plan, part_id) -> part (plan_id, id)"
              + " does not pair plan_id with plan_id");
    }
  }

  @Test
  void aTableThatIsNeitherShardedNorAReferenceTableIsFound() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection()) {
      sql(c, "create schema planted",
          "create table planted.listed (id bigint primary key)",
          "create table planted.forgotten (id bigint primary key)");

      assertThat(ShardingKeys.check(c, "planted", Set.of("listed")).findings())
          .containsExactly("forgotten has no plan_id and is not a reference table");
      assertThat(ShardingKeys.check(c, "planted", Set.of("listed", "forgotten")).findings())
          .isEmpty();
    }
  }

  @Test
  void theOtherWaysToBreakTheRuleAreFoundEachOnce() throws SQLException {
    DataSource db = TestDatabases.migrated();
    try (Connection c = db.getConnection()) {
      sql(c, "create schema planted",
          "create table planted.part (plan_id bigint not null, id bigint not null,"
              + " constraint part_pk primary key (plan_id, id),"
              + " constraint part_id_plan unique (id, plan_id))",
          // may hold a row that no node would own
          "create table planted.nullable (plan_id bigint, id bigint not null)",
          "create table planted.indexed (plan_id bigint not null, code varchar(8) not null)",
          "create unique index indexed_code on planted.indexed (code) include (plan_id)",
          "create table planted.crossed (plan_id bigint not null, part_id bigint not null,"
              + " constraint crossed_fk foreign key (plan_id, part_id)"
              + " references planted.part (id, plan_id))",
          "create table planted.dictionary (id bigint primary key, plan_id_of bigint not null,"
              + " part_id bigint not null, constraint dictionary_fk foreign key (plan_id_of,"
              + " part_id) references planted.part (plan_id, id))");

      assertThat(ShardingKeys.check(c, "planted", Set.of("dictionary")).findings())
          .containsExactly(
              "crossed: foreign key crossed_fk (plan_id, part_id) -> part (id, plan_id)"
                  + " does not pair plan_id with plan_id",
              "dictionary: foreign key dictionary_fk (plan_id_of, part_id) -> part (plan_id, id)"
                  + " refers from a reference table to a sharded one",
              "indexed: unique index indexed_code (code) lacks plan_id",
              "nullable.plan_id may be null");
    }
  }
}
