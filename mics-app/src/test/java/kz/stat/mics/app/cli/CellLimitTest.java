package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One limit per cell, the same in every reader: a cell over it is refused with its line by the
 * table text, JSON and CSV readers alike, and a plan at the limit converts to every format and
 * back.
 */
class CellLimitTest {
  static final int LIMIT = 100_000;

  @TempDir
  Path dir;

  /** The seed with the title of activity 1.1 made {@code length} characters long. */
  Path seedWithLongTitle(int length) throws IOException {
    var lines = new java.util.ArrayList<>(Files.readAllLines(DocumentCommandsTest.SEED));
    int code = lines.indexOf("\t1.1");
    assertThat(code).isPositive();
    lines.set(code + 1, "\t" + "Ұ".repeat(length));
    return Files.write(dir.resolve("long-" + length + ".txt"), lines);
  }

  static int lineOf(Path file, String prefix) throws IOException {
    var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(prefix.strip())) {
        return i + 1;
      }
    }
    throw new AssertionError(prefix + " not in " + file);
  }

  @Test
  void aCellOverTheLimitIsRefusedByTheTableTextReaderWithItsLine() throws IOException {
    Path txt = seedWithLongTitle(LIMIT + 1);
    Run run = Run.of("validate", txt.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).isEqualTo(txt + ":" + lineOf(txt, "\tҰҰҰ") + ":2: cell of "
        + (LIMIT + 1) + " characters, over the limit of " + LIMIT + "\n");
  }

  @Test
  void aPlanAtTheLimitConvertsToJsonAndCsvAndBackUnchanged() throws IOException {
    Path txt = seedWithLongTitle(LIMIT);
    Path json = dir.resolve("plan.json");
    Path csv = dir.resolve("plan.csv");
    assertThat(Run.of("convert", txt.toString(), "--to", "json", "-o", json.toString()).code())
        .isZero();
    assertThat(Run.of("convert", json.toString(), "--to", "csv", "-o", csv.toString()).code())
        .isZero();
    Run back = Run.of("convert", csv.toString(), "--to", "json");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.out()).isEqualTo(Files.readString(json));
  }

  @Test
  void aCellOverTheLimitIsRefusedByTheJsonAndCsvReadersWithItsLine() throws IOException {
    Path json = dir.resolve("plan.json");
    Path csv = dir.resolve("plan.csv");
    Run.of("convert", seedWithLongTitle(LIMIT).toString(), "--to", "json", "-o", json.toString());
    Run.of("convert", json.toString(), "--to", "csv", "-o", csv.toString());
    String over = "Ұ".repeat(LIMIT + 1);
    Files.writeString(json, Files.readString(json).replace("Ұ".repeat(LIMIT), over));
    Files.writeString(csv, Files.readString(csv).replace("Ұ".repeat(LIMIT), over));

    Run fromJson = Run.of("validate", json.toString());
    assertThat(fromJson.code()).isEqualTo(ExitCodes.DATA);
    assertThat(fromJson.err()).startsWith(json + ":" + lineOf(json, "\"title\": \"ҰҰ")
        + ":").endsWith(": cell of " + (LIMIT + 1) + " characters, over the limit of " + LIMIT
        + "\n");
    Run fromCsv = Run.of("validate", csv.toString());
    assertThat(fromCsv.code()).isEqualTo(ExitCodes.DATA);
    assertThat(fromCsv.err()).startsWith(csv + ":").endsWith(": cell of " + (LIMIT + 1)
        + " characters, over the limit of " + LIMIT + "\n");
  }

  @Test
  void aCsvWhoseSectionCountContradictsItsRowsIsRefusedNamingTheLine() throws IOException {
    Path csv = dir.resolve("plan.csv");
    Run.of("convert", DocumentCommandsTest.SEED.toString(), "--to", "csv", "--no-bom", "-o",
        csv.toString());
    String text = Files.readString(csv);
    String section = text.lines().filter(l -> l.startsWith("#section,1,")).findFirst()
        .orElseThrow();
    String wrong = section.replaceFirst(",(\\d+)$", ",9");
    Files.writeString(csv, text.replace(section, wrong));
    Run run = Run.of("validate", csv.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(section).endsWith(",1");
    assertThat(run.err()).isEqualTo(csv + ":" + lineOf(csv, "#section,1,") + ": #section 1: says 9 "
        + "activities, but 1 row belongs to it\n");
  }

  @Test
  void anEmptyPlanIsAWarning() throws IOException {
    Path csv = Files.writeString(dir.resolve("empty.csv"), "#format,mics-plan,1\n#title,Empty\n"
        + "#language,en\n#period,2024,2024\nsection,code,title\n");
    Run run = Run.of("validate", csv.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("WARNING").contains("the plan is empty: it has no sections");
  }
}
