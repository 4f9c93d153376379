package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An initdb that a killed command left running in its half-made cluster, here frozen so that it
 * cannot end on its own, is stopped with the postgres it runs by the next command, which deletes
 * what it wrote and makes the store.
 */
class AbandonedInitdbIT {
  @TempDir
  Path dataDir;

  @Test
  void theNextRunStopsTheAbandonedInitdbAndMakesTheStore() throws Exception {
    Binaries binaries = Binaries.in(dataDir.resolve("bin"));
    Path password = dataDir.resolve("password");
    Secret.in(password);
    Path init = dataDir.resolve("pgdata.init-abandoned");
    Process initdb = new ProcessBuilder(binaries.command("initdb", List.of("-D", init.toString(),
        "-U", EmbeddedStore.SUPERUSER, "--auth=scram-sha-256", "--pwfile=" + password,
        "-E", "UTF-8")))
        .redirectErrorStream(true).redirectOutput(dataDir.resolve("initdb.log").toFile())
        .start();
    List<ProcessHandle> abandoned;
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      // past its first child (postgres -V, before the folder is made): writing the cluster
      while ((!Files.isDirectory(init.resolve("global"))
          || initdb.descendants().findAny().isEmpty()) && initdb.isAlive()) {
        assertThat(System.nanoTime()).as("initdb starts its postgres").isLessThan(deadline);
        Thread.sleep(2);
      }
      assertThat(initdb.isAlive()).as("initdb still running").isTrue();
      abandoned = new java.util.ArrayList<>(List.of(initdb.toHandle()));
      initdb.descendants().forEach(abandoned::add);
      assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(initdb.pid())).start()
          .waitFor()).isZero();

      try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
        db.plans().save(PlanKey.of("seed"), SeedPlan.plan());
        assertThat(db.plans().latest(PlanKey.of("seed")).orElseThrow().plan())
            .isEqualTo(SeedPlan.plan());
      }

      // initdb is this JVM's child here: ended once reaped, which its Process does
      assertThat(initdb.waitFor(10, TimeUnit.SECONDS)).as("the abandoned initdb ended").isTrue();
      for (ProcessHandle p : abandoned) {
        p.onExit().get(10, TimeUnit.SECONDS);
      }
      assertThat(abandoned).as("the abandoned initdb and its postgres")
          .noneMatch(ProcessHandle::isAlive);
      try (var left = Files.newDirectoryStream(dataDir, "pgdata.init*")) {
        assertThat(left).as("half-made clusters left").isEmpty();
      }
    } finally {
      initdb.destroyForcibly().waitFor();
    }
  }

  @Test
  void aProgramThatIsNotTheStoresIsLeftRunningInAHalfMadeCluster() throws Exception {
    Path init = Files.createDirectories(dataDir.resolve("pgdata.init-someone-looking"));
    // a shell of the user's, standing in the folder and naming it, as a person looking in would
    Process shell = new ProcessBuilder("sh", "-c", "exec sleep 300", init.toString())
        .directory(init.toFile()).start();
    try {
      try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
        assertThat(db.plans().list()).isEmpty();
      }
      assertThat(shell.isAlive()).as("a program not from the store's binaries").isTrue();
    } finally {
      shell.destroyForcibly().waitFor();
    }
  }
}
