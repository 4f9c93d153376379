package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A first run killed at any moment (unpacking the binaries, initdb, the first start, setting up
 * the roles, the first migration) leaves a store that the next run finishes, with nothing of the
 * killed run still running.
 */
class FirstRunKilledIT {
  private static final PlanKey KEY = PlanKey.of("seed");

  @TempDir
  Path dir;

  @Test
  void theNextRunFinishesAFirstRunKilledAtAnyMoment() throws Exception {
    long[] delaysMillis = {300, 1_500, 3_000, 5_000, 7_000, 10_000};
    for (long delay : delaysMillis) {
      Path dataDir = dir.resolve("store-" + delay);
      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          FirstRun.class.getName(), dataDir.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("child-" + delay + ".log").toFile())
          .start();
      boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
      child.destroyForcibly().waitFor();
      System.out.printf("killed a first run after %d ms (%s): %s%n", delay,
          finished ? "it had finished" : "still running", stage(dataDir));

      try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
        db.plans().save(KEY, SeedPlan.plan());
        assertThat(db.plans().latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());
      }
      assertThat(StoreLock.runningServer(dataDir.resolve("pgdata"))).isEmpty();
      assertThat(serversOn(dataDir)).as("postgres processes on " + dataDir).isEmpty();
    }
  }

  private static String stage(Path dataDir) throws IOException {
    if (!Files.exists(dataDir.resolve("bin"))) {
      return "nothing made yet";
    }
    try (var bin = Files.list(dataDir.resolve("bin"))) {
      if (bin.noneMatch(p -> p.getFileName().toString().startsWith("pg-"))) {
        return "unpacking";
      }
    }
    if (!Files.exists(dataDir.resolve("pgdata"))) {
      return "initdb";
    }
    return Files.exists(dataDir.resolve("pgdata/mics_access")) ? "set up" : "setting up";
  }

  /** Servers whose command line names this store's cluster. */
  private static List<Long> serversOn(Path dataDir) {
    String pgdata = dataDir.resolve("pgdata").toString();
    return ProcessHandle.allProcesses()
        .filter(p -> cmdline(p).contains(pgdata + " ") || cmdline(p).endsWith(pgdata))
        .map(ProcessHandle::pid).toList();
  }

  private static String cmdline(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
          StandardCharsets.UTF_8).replace('\0', ' ').strip();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** A command's first run on a new store: open it and save the seed plan. */
  public static final class FirstRun {
    public static void main(String[] args) {
      try (PlanDatabase db = EmbeddedStore.open(Path.of(args[0]))) {
        db.plans().save(KEY, SeedPlan.plan());
      }
      System.out.println("done");
    }
  }
}
