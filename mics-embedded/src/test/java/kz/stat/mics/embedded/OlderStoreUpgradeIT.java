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
}
