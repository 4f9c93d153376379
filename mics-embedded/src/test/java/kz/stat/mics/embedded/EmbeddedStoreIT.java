package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.stat.mics.persistence.PlanDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.SavedRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps its data in its directory, durably, across close and reopen. */
class EmbeddedStoreIT {
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025");

  @TempDir
  Path dataDir;

  private static String setting(PlanDatabase db, String name) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("show " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void aPlanSavedBeforeCloseIsThereAfterReopen() throws SQLException {
    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      assertThat(db.plans().save(KEY, SeedPlan.plan())).isEqualTo(new SavedRevision(KEY, 1, true));
      assertThat(setting(db, "fsync")).isEqualTo("on");
      assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
    }
    assertThat(dataDir.resolve("pgdata").resolve("PG_VERSION")).exists();

    long started = System.nanoTime();
    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      var latest = db.plans().latest(KEY).orElseThrow();
      // Not an assertion: a figure for the notes on how fast an existing store answers.
      System.out.printf("reopening the embedded store and loading the seed plan took %d ms%n",
          (System.nanoTime() - started) / 1_000_000);

      assertThat(latest.plan()).isEqualTo(SeedPlan.plan());
      assertThat(db.plans().save(KEY, SeedPlan.plan()).created()).isFalse();
    }
  }

  @Test
  void aStoreWhoseCommandWasKilledOpensAgainWithItsData() throws Exception {
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        KilledCommand.class.getName(), dataDir.toString())
        .redirectErrorStream(true)
        .start();
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
        child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      do {
        line = lines.readLine();
      } while (line != null && !line.equals("saved"));
      assertThat(line).as("the child saved the plan").isEqualTo("saved");
      // kill -9: no shutdown hook runs, so the child's server is left running without its owner
      child.destroyForcibly().waitFor();
    }
    assertThat(StoreLock.runningServer(dataDir.resolve("pgdata"))).isPresent();

    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      assertThat(db.plans().latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());
    }
    assertThat(StoreLock.runningServer(dataDir.resolve("pgdata"))).isEmpty();
  }

  /** A command that opens the store, saves the seed plan, says so, and waits to be killed. */
  public static final class KilledCommand {
    public static void main(String[] args) throws InterruptedException {
      PlanDatabase db = EmbeddedStore.open(Path.of(args[0]));
      db.plans().save(KEY, SeedPlan.plan());
      System.out.println("saved");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
