package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * convert and validate on workbooks and Word tables, without a store: every format that is read is
 * read by each, from its content as well as its name, and every format that is written is written.
 */
class OfficeDocumentCommandsTest {
  @TempDir
  Path dir;

  private Run ok(String... args) {
    Run run = Run.of(args);
    assertThat(run.code()).as("%s: %s", String.join(" ", args), run.err()).isZero();
    return run;
  }

  @Test
  void theSeedGoesToAWorkbookAndBackToTheSameJson() throws IOException {
    Path xlsx = dir.resolve("plan.xlsx");
    ok("convert", DocumentCommandsTest.SEED.toString(), "--to", "xlsx", "-o", xlsx.toString());
    String json = ok("convert", DocumentCommandsTest.SEED.toString(), "--to", "json").out();
    assertThat(ok("convert", xlsx.toString(), "--to", "json").out()).isEqualTo(json);
    // known by its content whatever its name
    Path unnamed = Files.copy(xlsx, dir.resolve("plan.bin"));
    assertThat(ok("convert", unnamed.toString(), "--to", "json").out()).isEqualTo(json);
    assertThat(ok("convert", unnamed.toString(), "--from", "xlsx", "--to", "json").out())
        .isEqualTo(json);
    assertThat(Run.of("validate", xlsx.toString()).code()).isZero();
  }

  @Test
  void theSeedGoesToTheWordTableAndTheTableTextAndBack() throws IOException {
    String json = ok("convert", DocumentCommandsTest.SEED.toString(), "--to", "json").out();
    Path docx = dir.resolve("plan.docx");
    ok("convert", DocumentCommandsTest.SEED.toString(), "--to", "docx", "-o", docx.toString());
    assertThat(ok("convert", docx.toString(), "--to", "json").out()).isEqualTo(json);
    String table = ok("convert", docx.toString(), "--to", "table").out();
    assertThat(table).startsWith("2023-2025 жж.арналған").contains("\t1.1\n");
    Path txt = dir.resolve("plan.txt");
    Files.writeString(txt, table, StandardCharsets.UTF_8);
    assertThat(ok("convert", txt.toString(), "--to", "json").out()).isEqualTo(json);
  }

  @Test
  void aBinaryFormatIsNotWrittenToTheTerminal() {
    Run run = Run.of("convert", DocumentCommandsTest.SEED.toString(), "--to", "xlsx");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("mics: xlsx is a binary file: name the file to write with "
        + "-o FILE\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aWorkbookWithAFormulaInATextColumnExitsSixtyFiveNamingTheCell() throws Exception {
    Path xlsx = dir.resolve("plan.xlsx");
    ok("convert", DocumentCommandsTest.SEED.toString(), "--to", "xlsx", "-o", xlsx.toString());
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      book.getSheet("Plan").getRow(3).getCell(1).setCellFormula("1+1");
      try (var out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }
    Run run = Run.of("convert", xlsx.toString(), "--to", "json");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).isEqualTo(xlsx + ": Plan!B4: holds a formula (=1+1); mics reads text, "
        + "never formulas: type the text itself\n");
  }
}
