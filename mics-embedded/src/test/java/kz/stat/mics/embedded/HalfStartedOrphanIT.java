package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that a killed command had only begun to start, running on the store's cluster but not
 * yet named in postmaster.pid when the next command looked for it, does not fail that command: its
 * start fails, the orphan is stopped, and the start is tried again.
 */
class HalfStartedOrphanIT {
  @TempDir
  Path dataDir;

  @TempDir
  Path elsewhere;

  @Test
  void aStartThatMeetsAnOrphanStopsItAndStartsAgain() throws Exception {
    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      db.plans().save(PlanKey.of("seed"), SeedPlan.plan());
    }
    Binaries binaries = Binaries.in(dataDir.resolve("bin"));
    Cluster cluster = Cluster.in(dataDir, binaries, dataDir.resolve("password"));
    Path socket = Files.createDirectory(elsewhere.resolve("run"),
        PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY));
    // the orphan: started by no command of this process, as a killed command leaves it
    Process orphan = new ProcessBuilder(binaries.command("postgres", List.of(
        "-D", cluster.pgdata().toString(), "-c", "listen_addresses=",
        "-c", "unix_socket_directories=" + socket)))
        .redirectErrorStream(true).redirectOutput(elsewhere.resolve("orphan.log").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (StoreLock.runningServer(cluster.pgdata()).isEmpty()) {
        assertThat(System.nanoTime()).as("the orphan names itself in postmaster.pid")
            .isLessThan(deadline);
        Thread.sleep(10);
      }

      try (Server server = EmbeddedStore.startServer(cluster,
          EmbeddedStore.socketDirectory(dataDir))) {
        assertThat(orphan.isAlive()).isFalse();
        assertThat(StoreLock.runningServer(cluster.pgdata()).map(ProcessHandle::pid))
            .contains(server.pid());
      }
    } finally {
      orphan.destroyForcibly().waitFor();
    }
    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      assertThat(db.plans().latest(PlanKey.of("seed")).orElseThrow().plan())
          .isEqualTo(SeedPlan.plan());
    }
  }
}
