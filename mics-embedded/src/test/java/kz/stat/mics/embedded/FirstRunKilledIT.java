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
 * killed run still running and nothing of it left half made.
 */
class FirstRunKilledIT {
  private static final PlanKey KEY = PlanKey.of("seed");

  @TempDir
  Path dir;

  /**
   * The moments a first run is killed at: found by what it has made so far, not by the clock, so
   * that a slow or busy machine kills it at the same steps as a fast one. The server's start is
   * followed by the roles' setup and the migrations, which a few delays after it reach.
   */
  private record Moment(String name, java.util.function.Predicate<Path> reached, long afterMillis) {}

  private static final List<Moment> MOMENTS = List.of(
      new Moment("at once", d -> true, 300),
      new Moment("binaries unpacked", FirstRunKilledIT::unpacked, 0),
      new Moment("initdb running", FirstRunKilledIT::initdbRunning, 0),
      new Moment("cluster made", d -> Files.exists(d.resolve("pgdata")), 0),
      new Moment("server ready", FirstRunKilledIT::serverReady, 0),
      new Moment("server ready", FirstRunKilledIT::serverReady, 100),
      new Moment("server ready", FirstRunKilledIT::serverReady, 250),
      new Moment("server ready", FirstRunKilledIT::serverReady, 500),
      new Moment("server ready", FirstRunKilledIT::serverReady, 900),
      new Moment("server ready", FirstRunKilledIT::serverReady, 1_500),
      new Moment("finished", d -> false, 0));

  @Test
  void theNextRunFinishesAFirstRunKilledAtAnyMoment() throws Exception {
    int n = 0;
    for (Moment moment : MOMENTS) {
      Path dataDir = dir.resolve("store-" + n++);
      Path log = dir.resolve(dataDir.getFileName() + ".log");
      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          FirstRun.class.getName(), dataDir.toString())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (child.isAlive() && !moment.reached().test(dataDir) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      boolean finished = child.waitFor(moment.afterMillis(), TimeUnit.MILLISECONDS);
      child.destroyForcibly().waitFor();
      System.out.printf("killed a first run %d ms after '%s' (%s): %s%n", moment.afterMillis(),
          moment.name(), finished ? "it had finished" : "still running", stage(dataDir));

      try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
        db.plans().save(KEY, SeedPlan.plan());
        assertThat(db.plans().latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());
      } catch (RuntimeException e) {
        throw new AssertionError("the run after one killed " + moment.afterMillis() + " ms after '"
            + moment.name() + "' failed; the killed run wrote: " + Files.readString(log)
            + "; the store's log ends: " + tail(dataDir.resolve("postgres.log")), e);
      }
      assertThat(StoreLock.runningServer(dataDir.resolve("pgdata"))).isEmpty();
      assertThat(serversOn(dataDir)).as("postgres processes on " + dataDir).isEmpty();
      try (var left = Files.newDirectoryStream(dataDir, "pgdata.init*")) {
        assertThat(left).as("half-made clusters left in " + dataDir).isEmpty();
      }
    }
  }

  private static boolean unpacked(Path dataDir) {
    try (var bin = Files.list(dataDir.resolve("bin"))) {
      return bin.anyMatch(p -> p.getFileName().toString().startsWith("pg-"));
    } catch (IOException notYet) {
      return false;
    }
  }

  private static boolean initdbRunning(Path dataDir) {
    try (var files = Files.list(dataDir)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("pgdata.init-"));
    } catch (IOException notYet) {
      return false;
    }
  }

  private static boolean serverReady(Path dataDir) {
    try {
      List<String> pid = Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid"));
      return pid.size() >= 8 && pid.get(7).strip().equals("ready");
    } catch (IOException notYet) {
      return false;
    }
  }

  private static String tail(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(file);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
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
