package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.io.Documents;
import kz.stat.mics.io.csv.CsvPlanWriter;
import kz.stat.mics.io.json.JsonPlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mics import} streams a JSON or CSV plan into the store: the seed streamed is the seed
 * imported from its table text, so each path finds the other's plan unchanged; a CSV with a bad
 * row is refused at its line and nothing is stored.
 */
class StreamedImportIT {
  private static final AtomicInteger TESTS = new AtomicInteger();

  /** The class's store (or the server in MICS_TEST_DB_URL); tests keep apart by their keys. */
  @TempDir
  static Path store;

  @TempDir
  Path dir;

  private static Run mics(String... command) {
    return Run.of(StoreCommandsIT.args(store.resolve("store"), command));
  }

  private static Run ok(String... command) {
    Run run = mics(command);
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }

  private final String plan = "streamed-" + Long.toString(System.nanoTime(), 36) + "-"
      + TESTS.incrementAndGet();

  private Path written(String name, PlanWriter writer) throws IOException {
    ActionPlan seed = new Documents().read(DocumentCommandsTest.SEED);
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(seed, out);
    }
    return file;
  }

  @Test
  void theSeedStreamedFromJsonAndCsvIsTheSeedImportedFromItsTableText() throws IOException {
    Path json = written("seed.json", new JsonPlanWriter());
    Path csv = written("seed.csv", new CsvPlanWriter());
    String other = plan + "-json";

    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    assertThat(ok("import", json.toString(), "--plan", plan).out())
        .isEqualTo(json + ": unchanged, plan " + plan + " stays at revision 1\n");
    assertThat(ok("import", csv.toString(), "--plan", plan).out())
        .isEqualTo(csv + ": unchanged, plan " + plan + " stays at revision 1\n");

    assertThat(ok("import", json.toString(), "--plan", other).out())
        .isEqualTo(json + ": stored as plan " + other + ", revision 1\n");
    assertThat(ok("import", DocumentCommandsTest.SEED.toString(), "--plan", other).out())
        .isEqualTo(DocumentCommandsTest.SEED + ": unchanged, plan " + other
            + " stays at revision 1\n");
    assertThat(ok("overdue", other, "--as-of", "2024-10-01", "--all").out())
        .isEqualTo(ok("overdue", plan, "--as-of", "2024-10-01", "--all").out()
            .replace(plan, other));
  }

  @Test
  void aCsvWithABadRowIsRefusedAtItsLineAndNothingIsStored() throws IOException {
    Path csv = written("seed.csv", new CsvPlanWriter());
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    // line 36 begins the third activity row, as StreamedReadersTest counts the line breaks
    String[] lines = text.split("\n", -1);
    lines[35] = lines[35].replaceFirst("20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]\\.\\.",
        "2024-13-01..");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, String.join("\n", lines), StandardCharsets.UTF_8);

    Run run = mics("import", bad.toString(), "--plan", plan);

    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(bad + ":36: windows: \"2024-13-01..");
    assertThat(mics("revisions", plan).code()).isNotZero();
  }
}
