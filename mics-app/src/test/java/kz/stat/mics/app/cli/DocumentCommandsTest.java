package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no store: convert, validate, deadline, and the exit codes. */
class DocumentCommandsTest {
  static final Path SEED = Paths.get("..", "examples", "mics-2023-2025.kk.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void convertsTheSeedToJsonWithAllItsSectionsAndActivities() throws IOException {
    Run run = Run.of("convert", SEED.toString(), "--to", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode plan = JSON.readTree(run.out());
    assertThat(plan.get("format").asText()).isEqualTo("mics-plan");
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    assertThat(plan.get("language").asText()).isEqualTo("kk");
    assertThat(plan.get("period").get("from").asText()).isEqualTo("2023-01-01");
    assertThat(plan.get("period").get("to").asText()).isEqualTo("2025-12-31");
    assertThat(plan.get("executors")).hasSize(11);
    JsonNode sections = plan.get("sections");
    List<String> numbers = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    sections.forEach(section -> {
      numbers.add(section.get("number").asText());
      sizes.add(section.get("activities").size());
      section.get("activities").forEach(a -> codes.add(a.get("code").asText()));
    });
    assertThat(numbers).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
        "12", "13", "14", "15");
    assertThat(sizes).containsExactly(1, 2, 4, 2, 2, 3, 3, 4, 3, 3, 6, 1, 5, 6, 2);
    assertThat(codes).hasSize(47).startsWith("1.1", "2.1", "2.2").endsWith("15.1", "15.2");
    JsonNode first = sections.get(0).get("activities").get(0);
    assertThat(first.get("responsible")).hasSize(2);
    assertThat(first.get("responsible").get(0).asText()).isEqualTo("ХСД");
    assertThat(first.get("responsible").get(1).asText()).isEqualTo("ӘДДБСД");
    assertThat(first.get("deadline").get("text").asText()).isEqualTo("Ақпан 2023");
    assertThat(first.get("deadline").get("windows").get(0).get("from").asText())
        .isEqualTo("2023-02-01");
    assertThat(first.get("deadline").get("windows").get(0).get("to").asText())
        .isEqualTo("2023-02-28");
  }

  @Test
  void convertsToACsvFileWithSemicolonsAndABom() throws IOException {
    Path out = dir.resolve("plan.csv");
    Run run = Run.of("convert", SEED.toString(), "--to", "csv", "--separator", ";", "--bom", "-o",
        out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    // records end with CRLF; the line break inside 1.1's responsible cell is a bare LF
    List<String> records = List.of(text.split("\r\n"));
    // format, title, language, period, 11 executors, 15 sections, the header, 47 activities
    assertThat(records).hasSize(4 + 11 + 15 + 1 + 47);
    assertThat(cells(records.get(0))).containsExactly("#format", "mics-plan", "1");
    assertThat(cells(records.get(2))).containsExactly("#language", "kk");
    assertThat(cells(records.get(3))).containsExactly("#period", "2023", "2025");
    assertThat(cells(records.get(6))).containsExactly("#executor", "ХСД",
        "Халық статистикасы департаменті");
    assertThat(cells(records.get(25))).containsExactly("#section", "11",
        "Листинг (үй шаруашылықтарының тізімін жасау) бойынша жұмыс", "6");
    assertThat(cells(records.get(30))).containsExactly("section", "code", "title",
        "responsible", "deadline", "windows", "duration_days", "tentative", "recurrence",
        "completion_form", "financing", "financing_text");
    // codes and month-and-year deadlines carry the mark that keeps a spreadsheet from taking them
    // for numbers or dates; the reader takes it off
    assertThat(cells(records.get(31))).containsExactly("1", "'1.1",
        "2024 жылға арналған СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу",
        "\"ХСД\nӘДДБСД\"", "'Ақпан 2023", "2023-02-01..2023-02-28", "", "false", "",
        "ӘДДБСД-ға хат", "NOT_REQUIRED", "Талап етілмейді");
    assertThat(cells(records.get(77))).startsWith("15", "'15.2", "Деректер базасын мұрағаттау",
        "АТД", "Сәуір 2024 –сәуір 2025", "2024-04-01..2025-04-30");
    // and it reads back as the same plan
    Run back = Run.of("convert", out.toString(), "--to", "json");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(JSON.readTree(back.out()))
        .isEqualTo(JSON.readTree(Run.of("convert", SEED.toString(), "--to", "json").out()));
  }

  /** The cells of a CSV record split at the semicolon, quotes kept. */
  static List<String> cells(String record) {
    return List.of(record.split(";", -1));
  }

  @Test
  void validatingTheSeedFindsNoErrorAndExitsZero() {
    Run run = Run.of("validate", SEED.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("NOTICE: 6.3:").contains("47 activities, 0 errors");
  }

  @Test
  void printsTheWindowsOfAKazakhDeadline() throws IOException {
    Run run = Run.of("deadline", "Наурыз-сәуір 2024, қыркүйек-қараша 2024");
    assertThat(run.code()).isZero();
    JsonNode deadline = JSON.readTree(run.out());
    assertThat(deadline.get("text").asText()).isEqualTo("Наурыз-сәуір 2024, қыркүйек-қараша 2024");
    List<String> windows = new ArrayList<>();
    deadline.get("windows").forEach(w -> windows.add(w.get("from").asText() + ".."
        + w.get("to").asText()));
    assertThat(windows).containsExactly("2024-03-01..2024-04-30", "2024-09-01..2024-11-30");
    assertThat(deadline.get("tentative").asBoolean()).isFalse();
    assertThat(deadline.get("durationDays").isNull()).isTrue();
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
    byte[] broken = Arrays.copyOf(seed, seed.length + 3);
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
  void maxSizeRaisesOrLowersTheLimitOfADocument() throws IOException {
    Path padded = dir.resolve("padded.txt");
    Files.write(padded, Files.readAllBytes(SEED));
    // blank lines after the table: the same plan, one and a half megabytes of it
    byte[] blank = new byte[1536 * 1024];
    Arrays.fill(blank, (byte) '\n');
    Files.write(padded, blank, java.nio.file.StandardOpenOption.APPEND);
    Run small = Run.of("validate", "--max-size", "1", padded.toString());
    assertThat(small.code()).isEqualTo(ExitCodes.DATA);
    assertThat(small.err()).startsWith(padded + ": ").contains("limit of 1 MB");
    Run raised = Run.of("validate", "--max-size", "2", padded.toString());
    assertThat(raised.err()).doesNotContain("limit of");
    assertThat(raised.code()).isNotEqualTo(ExitCodes.DATA);
    assertThat(Run.of("validate", "--max-size", "0", SEED.toString()).code())
        .isEqualTo(ExitCodes.USAGE);
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
