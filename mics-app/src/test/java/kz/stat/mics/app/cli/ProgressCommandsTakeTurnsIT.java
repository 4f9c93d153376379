package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.io.table.TablePlanWriter;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mics progress} from eight processes at once on one embedded store, five steps each without
 * an expected version: the commands take turns through the store's lock, none gives up, and every
 * step is kept.
 */
class ProgressCommandsTakeTurnsIT {
  private static final int PROCESSES = 8;
  private static final int STEPS = 5;
  private static final String KEY = "seed";
  private static final String CODE = "11.2";

  @TempDir
  Path dir;

  @Test
  void eightProcessesOfFiveStepsEachAllFinishAndKeepFortySteps() throws Exception {
    Path store = dir.resolve("store");
    Path document = dir.resolve("seed.txt");
    try (OutputStream out = Files.newOutputStream(document)) {
      new TablePlanWriter().write(SeedPlan.plan(), out);
    }
    Run imported = Run.of("--data-dir", store.toString(), "import", document.toString(),
        "--plan", KEY);
    assertThat(imported.code()).as(imported.err()).isZero();

    List<Process> children = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      children.add(new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"),
          Steps.class.getName(), store.toString(), "writer-" + i)
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("writer-" + i + ".log").toFile())
          .start());
    }
    for (int i = 0; i < PROCESSES; i++) {
      Process child = children.get(i);
      assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("writer " + i + " finished").isTrue();
      assertThat(child.exitValue()).as(log(i)).isZero();
    }

    PlanProgress progress;
    try (PlanDatabase db = EmbeddedStore.open(store)) {
      progress = db.plans().progress(PlanKey.of(KEY));
    }
    List<ProgressEvent> events = progress.events();
    assertThat(events).hasSize(PROCESSES * STEPS);
    assertThat(events).extracting(ProgressEvent::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
    for (int i = 0; i < PROCESSES; i++) {
      String actor = "writer-" + i;
      assertThat(events).filteredOn(e -> e.actor().equals(actor)).hasSize(STEPS);
    }
    assertThat(events).allSatisfy(e -> {
      assertThat(e.activityCode()).isEqualTo(CODE);
      assertThat(e.status()).isEqualTo(Status.IN_PROGRESS);
    });
  }

  private String log(int writer) throws IOException {
    return Files.readString(dir.resolve("writer-" + writer + ".log"));
  }

  /**
   * One writer's process: {@value #STEPS} runs of {@code mics --data-dir DIR progress seed 11.2
   * --status in-progress --by NAME}, one after another; exits with the first failing run's code.
   */
  public static final class Steps {
    public static void main(String[] args) {
      for (int s = 0; s < STEPS; s++) {
        int code = Mics.run("--data-dir", args[0], "progress", KEY, CODE, "--status",
            "in-progress", "--by", args[1]);
        if (code != 0) {
          System.exit(code);
        }
      }
      System.exit(0);
    }
  }
}
