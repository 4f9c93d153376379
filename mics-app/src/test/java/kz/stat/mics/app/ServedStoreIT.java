package kz.stat.mics.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.app.cli.Mics;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.io.table.TablePlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a long-running program holds the embedded store through {@link CompositionRoot#serving},
 * the {@code mics} command in another process uses its running server at once, even with no wait
 * allowed, and the program sees what the command stored.
 */
class ServedStoreIT {
  @TempDir
  Path dir;

  @Test
  void commandsInAnotherProcessUseTheServedStoreWithoutWaiting() throws Exception {
    Path store = dir.resolve("store");
    Path document = dir.resolve("seed.txt");
    try (OutputStream out = Files.newOutputStream(document)) {
      new TablePlanWriter().write(SeedPlan.plan(), out);
    }
    try (CompositionRoot serving = CompositionRoot.serving(Optional.empty(), store,
        Duration.ofSeconds(5))) {
      assertThat(run(store, "import", document.toString(), "--plan", "seed"))
          .isEqualTo(document + ": stored as plan seed, revision 1");
      assertThat(serving.catalog().plans()).extracting(PlanSummary::key)
          .extracting(Object::toString).containsExactly("seed");
      run(store, "progress", "seed", "11.2", "--status", "done", "--on", "2024-06-19", "--by",
          "Айгүл");
      assertThat(serving.catalog().progress(PlanKey.of("seed"), Optional.empty()).events())
          .extracting(e -> e.activityCode() + " " + e.status() + " " + e.on() + " " + e.actor())
          .containsExactly("11.2 DONE 2024-06-19 Айгүл");
    }
  }

  /** Runs {@code mics --data-dir STORE --lock-wait 0 ARGS} in a JVM of its own: its output. */
  private static String run(Path store, String... args) throws Exception {
    String[] all = new String[args.length + 4];
    all[0] = "--data-dir";
    all[1] = store.toString();
    all[2] = "--lock-wait";
    all[3] = "0";
    System.arraycopy(args, 0, all, 4, args.length);
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Command.class.getName()));
    command.addAll(java.util.List.of(all));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(child.exitValue()).as(out).isZero();
    return out;
  }

  /** The command line in a process of its own. */
  public static final class Command {
    public static void main(String[] args) {
      System.exit(Mics.run(args));
    }
  }
}
