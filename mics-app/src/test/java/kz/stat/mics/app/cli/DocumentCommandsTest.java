package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no store: convert, validate, deadline, and the exit codes. */
class DocumentCommandsTest {
  static final Path SEED = Paths.get("..", "examples", "mics-2023-2025.kk.txt");

  @TempDir
  Path dir;

  @Test
  void convertsTheSeedToJsonWithAllItsSectionsAndActivities() {
    Run run = Run.of("convert", SEED.toString(), "--to", "json");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"format\": \"mics-plan\"").contains("\"code\": \"15.2\"");
    assertThat(run.out().split("\"code\": \"\\d+\\.\\d+\"", -1)).hasSize(48);
  }

  @Test
  void convertsToACsvFileWithSemicolonsAndABom() throws IOException {
    Path out = dir.resolve("plan.csv");
    Run run = Run.of("convert", SEED.toString(), "--to", "csv", "--separator", ";", "--bom", "-o",
        out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(";");
  }

  @Test
  void validatingTheSeedFindsNoErrorAndExitsZero() {
    Run run = Run.of("validate", SEED.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("NOTICE: 6.3:").contains("47 activities, 0 errors");
  }

  @Test
  void printsTheWindowsOfAKazakhDeadline() {
    Run run = Run.of("deadline", "Наурыз-сәуір 2024, қыркүйек-қараша 2024");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"2024-03-01\"").contains("\"2024-04-30\"")
        .contains("\"2024-09-01\"").contains("\"2024-11-30\"");
  }

  @Test
  void aDeadlineThatCannotBeReadExitsSixtyFiveWithTheReason() {
    Run run = Run.of("deadline", "Мамр 2023");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).contains("deadline:").contains("Мамр").doesNotContain("Exception");
  }

  @Test
  void aBadDocumentExitsSixtyFiveWithFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"mics-plan\", \"version\": 1, \"titel\": \"x\"}");
    Run run = Run.of("convert", bad.toString(), "--to", "csv");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(bad + ":1:39: unknown field \"titel\"\n")
        .contains(bad + ":1:1: missing field \"title\"").doesNotContain("at kz.");
  }

  @Test
  void anEmptyFileExitsSixtyFive() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run run = Run.of("validate", empty.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).contains("empty.txt").contains("empty");
  }

  @Test
  void aMissingFileExitsSeventyFour() {
    Run run = Run.of("convert", dir.resolve("nowhere.txt").toString(), "--to", "json");
    assertThat(run.code()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).contains("nowhere.txt");
  }

  @Test
  void wrongUsageExitsSixtyFour() {
    assertThat(Run.of("convert", SEED.toString(), "--to", "xml").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("no-such-command").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of().code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void everyCommandsHelpCarriesAnExample() {
    for (String command : new String[] {"convert", "validate", "deadline", "import", "plans",
        "show", "revisions", "diff", "progress", "history", "export", "status", "overdue", "due",
        "active", "late", "workload", "funding", "db"}) {
      Run run = Run.of(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Example");
    }
  }
}
