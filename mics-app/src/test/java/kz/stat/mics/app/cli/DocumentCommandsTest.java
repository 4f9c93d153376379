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
  void precedenceConstraintsFromTheCommandLineAreChecked() {
    Run fine = Run.of("validate", SEED.toString(), "--precedence", "11.2:11.4");
    assertThat(fine.code()).as(fine.out()).isZero();
    Run broken = Run.of("validate", SEED.toString(), "--precedence", "10.1:11.4");
    assertThat(broken.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(broken.out()).contains("ERROR: 11.4:").contains("10.1");
    Run cycle = Run.of("validate", SEED.toString(), "--precedence", "11.2:11.3",
        "--precedence", "11.3:11.2");
    assertThat(cycle.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(cycle.out()).contains("11.2 -> 11.3 -> 11.2");
    assertThat(Run.of("validate", SEED.toString(), "--precedence", "11.2").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void invalidUtf8ExitsSixtyFiveNamingTheLine() throws IOException {
    Path bad = dir.resolve("plan.txt");
    byte[] seed = Files.readAllBytes(SEED);
    byte[] broken = java.util.Arrays.copyOf(seed, seed.length + 3);
    broken[seed.length] = '\n';
    broken[seed.length + 1] = (byte) 0xC3;
    broken[seed.length + 2] = (byte) 0x28;
    Files.write(bad, broken);
    Run run = Run.of("convert", bad.toString(), "--to", "json");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(bad + ":430: is not UTF-8 text").contains("UTF-8").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTruncatedWordDocumentExitsSixtyFive() throws IOException {
    Path docx = dir.resolve("plan.docx");
    Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    Run run = Run.of("validate", docx.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(docx + ": is not a Word document or is damaged");
  }

  @Test
  void aJsonBombExitsSixtyFive() throws IOException {
    Path bomb = dir.resolve("bomb.json");
    Files.writeString(bomb, "[".repeat(100_000));
    Run run = Run.of("convert", bomb.toString(), "--to", "csv");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(bomb + ":1:").contains("nested more than 64 levels deep");
  }

  @Test
  void aFileOverTheSizeLimitExitsSixtyFiveBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.csv");
    try (var out = java.nio.channels.FileChannel.open(big,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      out.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 65L * 1024 * 1024);
    }
    Run run = Run.of("validate", big.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(big + ": ").contains("64 MB");
  }

  @Test
  void aBadDateIsWrongUsageInPlainWords() {
    Run run = Run.of("overdue", "some-plan", "--as-of", "01.10.2024");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("expected a date as YYYY-MM-DD").doesNotContain("java.");
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
        "active", "late", "workload", "funding", "report", "db"}) {
      Run run = Run.of(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Example");
    }
    for (String sub : new String[] {"migrate", "info"}) {
      assertThat(Run.of("db", sub, "--help").out()).as(sub).contains("Example");
    }
  }
}
