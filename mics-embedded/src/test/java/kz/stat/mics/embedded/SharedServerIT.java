package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a long-running program serves the store, commands on the same directory use its running
 * server at once instead of waiting for a lock it keeps for its whole life.
 */
class SharedServerIT {
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025");

  @TempDir
  Path dataDir;

  @Test
  void aCommandUsesTheServedStoreWithoutWaitingAndLeavesItRunning() throws Exception {
    try (PlanDatabase served = EmbeddedStore.serve(dataDir, Duration.ofSeconds(5))) {
      Path note = dataDir.resolve(SharedServer.FILE);
      assertThat(Files.getPosixFilePermissions(note))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));

      // no wait allowed: a command that queued for the lock would fail at once
      try (PlanDatabase command = EmbeddedStore.open(dataDir, Duration.ZERO)) {
        assertThat(command.toString()).contains("served by a running mics server");
        assertThat(command.plans().save(KEY, SeedPlan.plan()).revision()).isEqualTo(1);
      }
      assertThat(served.plans().latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());

      assertThat(otherProcessCounts(dataDir)).isEqualTo("47");

      assertThatThrownBy(() -> EmbeddedStore.serve(dataDir, Duration.ZERO))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is served already by another mics server");
    }
    assertThat(dataDir.resolve(SharedServer.FILE)).doesNotExist();
    assertThat(StoreLock.runningServer(dataDir.resolve("pgdata"))).isEmpty();

    try (PlanDatabase alone = EmbeddedStore.open(dataDir, Duration.ZERO)) {
      assertThat(alone.toString()).doesNotContain("served by");
      assertThat(alone.plans().latest(KEY)).isPresent();
    }
  }

  @Test
  void aNoteLeftByAServerWhoseProgramDiedIsNotBelieved() throws Exception {
    try (PlanDatabase db = EmbeddedStore.open(dataDir, Duration.ZERO)) {
      db.plans().save(KEY, SeedPlan.plan());
    }
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(dataDir.resolve(SharedServer.FILE),
        gone.pid() + "\n" + gone.pid() + "\n" + dataDir.resolve("run/.s.PGSQL.5432") + "\n",
        StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(dataDir.resolve(SharedServer.FILE),
        PosixFilePermissions.fromString("rw-------"));

    try (PlanDatabase db = EmbeddedStore.open(dataDir, Duration.ZERO)) {
      assertThat(db.toString()).doesNotContain("served by");
      assertThat(db.plans().latest(KEY)).isPresent();
    }
    assertThat(dataDir.resolve(SharedServer.FILE)).doesNotExist();
  }

  /** Runs {@link OtherCommand} in a JVM of its own and returns what it printed. */
  private static String otherProcessCounts(Path dir) throws IOException, InterruptedException {
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        OtherCommand.class.getName(), dir.toString())
        .redirectErrorStream(true)
        .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(child.exitValue()).as(out).isZero();
    return out;
  }

  /** Another command: opens the store without any wait and prints the latest plan's size. */
  public static final class OtherCommand {
    public static void main(String[] args) {
      try (PlanDatabase db = EmbeddedStore.open(Path.of(args[0]), Duration.ZERO)) {
        System.out.println(db.plans().latest(KEY).orElseThrow().plan().activities().size());
      }
    }
  }
}
