package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored plan exported to Excel, edited as a user would (a deadline changed, a co-executor added,
 * a row added), saved again by LibreOffice where it is installed, and imported: the next revision,
 * and diff shows exactly those edits. The Word table as of a day carries the status column.
 */
class OfficeCommandsIT {
  @TempDir
  static Path store;

  @TempDir
  Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLAN = "office-" + Long.toString(System.nanoTime(), 36);

  private static Run ok(String... command) {
    Run run = Run.of(StoreCommandsIT.args(store.resolve("store"), command));
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }

  private static Row row(Sheet sheet, String code) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("no row " + code);
  }

  @Test
  void anEditedWorkbookImportsAsTheNextRevisionWithExactlyItsEdits() throws Exception {
    String plan = PLAN + "-x";
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    ok("progress", plan, "1.1", "--status", "done", "--on", "2023-02-20");
    Path xlsx = dir.resolve("plan.xlsx");
    ok("export", plan, "--to", "xlsx", "--as-of", "2023-04-15", "--lang", "en", "-o",
        xlsx.toString());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Plan");
      assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Status (2023-04-15)");
      assertThat(row(sheet, "1.1").getCell(9).getStringCellValue()).isEqualTo("Done");
      assertThat(row(sheet, "3.1").getCell(9).getStringCellValue()).isEqualTo("Overdue");
      row(sheet, "13.4").getCell(4).setCellValue("Қаңтар 2025");
      row(sheet, "11.2").getCell(3).setCellValue("ХСД\nСТЖД");
      Row added = sheet.createRow(sheet.getLastRowNum() + 1);
      added.createCell(0).setCellValue("15.3");
      added.createCell(1).setCellValue("Есептің электрондық нұсқасын мұрағаттау");
      added.createCell(2).setCellValue("АТД");
      added.createCell(4).setCellValue("Маусым 2025");
      added.createCell(7).setCellValue("Архивке арналған материалдар");
      added.createCell(8).setCellValue("Талап етілмейді");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }
    Path edited = resavedByLibreOffice(xlsx);

    assertThat(ok("import", edited.toString(), "--plan", plan).out())
        .isEqualTo(edited + ": stored as plan " + plan + ", revision 2\n");
    JsonNode diff = JSON.readTree(ok("diff", plan, "--json").out());
    assertThat(diff.get("added").toString()).isEqualTo("[\"15.3\"]");
    assertThat(diff.get("removed")).isEmpty();
    List<String> changed = new ArrayList<>();
    diff.get("changed").forEach(c -> changed.add(c.get("code").asText() + " "
        + c.get("field").asText() + ": " + c.get("before").asText() + " -> "
        + c.get("after").asText()));
    assertThat(changed).containsExactly(
        "11.2 responsible: ҚР СЖРА ҰСБ аумақтық бөлімшелер, ХСД -> ҚР СЖРА ҰСБ аумақтық "
            + "бөлімшелер, ХСД, СТЖД",
        "13.4 deadline: Желтоқсан 2024 [2024-12-01..2024-12-31] -> Қаңтар 2025 "
            + "[2025-01-01..2025-01-31]");
  }

  @Test
  void theWordTableAsOfADayHasTheStatusColumnAndReadsBack() throws Exception {
    String plan = PLAN + "-w";
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    ok("progress", plan, "1.1", "--status", "done", "--on", "2023-02-20");
    Path docx = dir.resolve("plan.docx");
    ok("export", plan, "--to", "docx", "--as-of", "2023-04-15", "-o", docx.toString());
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      var table = doc.getTables().get(0);
      assertThat(table.getRow(0).getCell(6).getText()).isEqualTo("Мәртебесі 2023-04-15");
      assertThat(table.getRow(2).getCell(6).getText()).isEqualTo("Орындалды");
      assertThat(table.getRow(2).getCell(0).getColor()).isEqualTo("C6EFCE");
    }
    assertThat(ok("import", docx.toString(), "--plan", plan).out())
        .isEqualTo(docx + ": unchanged, plan " + plan + " stays at revision 1\n");
    Path txt = dir.resolve("plan.txt");
    ok("export", plan, "--to", "table", "-o", txt.toString());
    assertThat(Files.readString(txt)).contains("\t13.4\n");
    Run refused = Run.of(StoreCommandsIT.args(store.resolve("store"), "export", plan, "--to",
        "csv", "--as-of", "2023-04-15"));
    assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err())
        .startsWith("mics: --as-of and --lang apply to --to docx, xlsx, ics and mspdi");
  }

  /** The workbook opened and saved again by LibreOffice Calc, where it is installed. */
  private Path resavedByLibreOffice(Path xlsx) throws IOException, InterruptedException {
    Path soffice = Path.of("/usr/bin/soffice");
    if (!Files.isExecutable(soffice)) {
      assertThat(System.getenv("CI")).as("LibreOffice must be installed in CI").isNotEqualTo(
          "true");
      return xlsx;
    }
    Path out = dir.resolve("saved");
    Process p = new ProcessBuilder(soffice.toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", "xlsx", "--outdir", out.toString(), xlsx.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    Path saved = out.resolve("plan.xlsx");
    assertThat(saved).as(Files.readString(dir.resolve("soffice.log"))).exists();
    return saved;
  }
}
