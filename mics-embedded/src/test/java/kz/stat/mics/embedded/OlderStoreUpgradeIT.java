package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made by an older version (zonky's defaults: trust for everyone, the superuser alone,
 * binaries in a 0777 folder) is made private on its first start, its plans kept.
 */
class OlderStoreUpgradeIT {
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025");

  @TempDir
  Path dataDir;

  @Test
  void anOlderStoreIsMadePrivateWithItsPlansKept() throws Exception {
    try (EmbeddedPostgres old = EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(dataDir.resolve("bin").toFile())
        .setDataDirectory(dataDir.resolve("pgdata"))
        .setCleanDataDirectory(false)
        .start()) {
      PlanDatabase.of(old.getPostgresDatabase()).plans().save(KEY, SeedPlan.plan());
    }
    assertThat(Files.readString(dataDir.resolve("pgdata/pg_hba.conf"))).contains("trust");

    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      assertThat(db.plans().latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());
      assertThat(Files.readString(dataDir.resolve("pgdata/pg_hba.conf")))
          .isEqualTo(Cluster.HBA);
      assertThatThrownBy(() -> StoreFiles.connect(dataDir, "postgres", null).close())
          .isInstanceOf(SQLException.class);
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute("delete from progress_event"))
            .hasMessageContaining("permission denied");
      }
      db.plans().save(KEY, SeedPlan.plan());
    }
    try (var bin = Files.list(dataDir.resolve("bin"))) {
      assertThat(bin.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("pg-"));
    }
    try (PlanDatabase again = EmbeddedStore.open(dataDir)) {
      assertThat(again.plans().list()).hasSize(1);
    }
  }

  @Test
  void aStoreSetUpByTheVersionBeforeGetsVerifiersOfOneRoundAndKeepsItsPlans() throws Exception {
    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      db.plans().save(KEY, SeedPlan.plan());
    }
    String password = StoreFiles.password(dataDir);
    // as the version before left it: PostgreSQL's verifiers of 4,096 rounds, and its marker
    try (PlanDatabase db = EmbeddedStore.open(dataDir);
        Connection c = StoreFiles.connect(dataDir, "postgres", password)) {
      for (String role : new String[] {"postgres", "mics_owner", "mics"}) {
        c.unwrap(org.postgresql.PGConnection.class)
            .alterUserPassword(role, password.toCharArray(), "scram-sha-256");
      }
    }
    Files.writeString(dataDir.resolve("pgdata/mics_access"), "1\n");

    try (PlanDatabase db = EmbeddedStore.open(dataDir);
        Connection c = StoreFiles.connect(dataDir, "postgres", password);
        Statement s = c.createStatement();
        var r = s.executeQuery("select string_agg(left(rolpassword, 16), ' ' order by rolname)"
            + " from pg_authid where rolname in ('postgres', 'mics_owner', 'mics')")) {
      assertThat(db.plans().latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());
      r.next();
      assertThat(r.getString(1))
          .isEqualTo("SCRAM-SHA-256$1: SCRAM-SHA-256$1: SCRAM-SHA-256$1:");
    }
    assertThat(Files.readString(dataDir.resolve("pgdata/mics_access")).strip()).isEqualTo("2");
  }
}
