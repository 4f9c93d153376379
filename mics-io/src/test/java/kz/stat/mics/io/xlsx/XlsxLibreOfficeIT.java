package kz.stat.mics.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanDiff;
import kz.stat.mics.io.LibreOffice;
import kz.stat.mics.io.SeedProgress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported workbook as a user's LibreOffice Calc handles it, in the English, Russian and
 * Kazakh locales: edited (a deadline changed, a co-executor added, a row added) and saved again, it
 * reads as the plan with exactly those edits; opened, codes stay text and dates stay dates.
 */
class XlsxLibreOfficeIT {
  /** Comma, double quote, UTF-8, from line 1, text cells quoted: the first sheet, Plan. */
  private static final String CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true";

  @TempDir
  Path dir;

  /** The three edits a user makes in a spreadsheet. */
  static void edit(XSSFWorkbook book) {
    Sheet plan = book.getSheet("Plan");
    row(plan, "13.4").getCell(4).setCellValue("Қаңтар 2025");
    row(plan, "11.2").getCell(3).setCellValue("ХСД\nСТЖД");
    Row added = plan.createRow(plan.getLastRowNum() + 1);
    added.createCell(0).setCellValue("15.3");
    added.createCell(1).setCellValue("Есептің электрондық нұсқасын мұрағаттау");
    added.createCell(2).setCellValue("АТД");
    added.createCell(4).setCellValue("Маусым 2025");
    added.createCell(7).setCellValue("Архивке арналған материалдар");
    added.createCell(8).setCellValue("Талап етілмейді");
  }

  static Row row(Sheet sheet, String code) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("no row " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "ru-RU", "kk-KZ"})
  void editedAndSavedAgainItReadsAsThePlanWithExactlyTheEdits(String locale) throws Exception {
    Path edited = dir.resolve("plan.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(
        XlsxPlanRoundTripTest.write(SeedProgress.asOf(Language.KK))))) {
      edit(book);
      try (var out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }
    Path saved = LibreOffice.in(dir).convert(edited, "xlsx", dir.resolve("saved"), locale);

    ActionPlan read;
    try (InputStream in = Files.newInputStream(saved)) {
      read = new XlsxPlanReader().read("plan.xlsx", in);
    }
    PlanDiff diff = PlanDiff.between(SeedPlan.plan(), read);
    assertThat(diff.added()).containsExactly("15.3");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changes()).containsExactly(
        new PlanDiff.Change("11.2", "responsible", "ҚР СЖРА ҰСБ аумақтық бөлімшелер, ХСД",
            "ҚР СЖРА ҰСБ аумақтық бөлімшелер, ХСД, СТЖД"),
        new PlanDiff.Change("13.4", "deadline", "Желтоқсан 2024 [2024-12-01..2024-12-31]",
            "Қаңтар 2025 [2025-01-01..2025-01-31]"));
    assertThat(read.sectionOf("15.3").orElseThrow().number()).isEqualTo("15");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru-RU", "kk-KZ"})
  void openedInTheLocaleCodesStayTextAndDatesStayDates(String locale) throws Exception {
    Path export = dir.resolve("plan.xlsx");
    Files.write(export, XlsxPlanRoundTripTest.write(SeedProgress.asOf(Language.KK)));
    LibreOffice office = LibreOffice.in(dir);

    Path saved = office.convert(export, "xlsx", dir.resolve("saved"), locale);
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(saved))) {
      Sheet plan = book.getSheet("Plan");
      for (String code : List.of("1.1", "11.2")) {
        Cell c = row(plan, code).getCell(0);
        assertThat(c.getCellType()).as(code).isEqualTo(CellType.STRING);
      }
      Cell start = row(plan, "1.1").getCell(5);
      assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
      assertThat(start.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(java.time.LocalDate.of(2023, 2, 1));
    }

    Path csv = office.convert(export, CSV, dir.resolve("csv"), locale);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    // LibreOffice quotes text and leaves numbers and dates bare
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"1.1\",")
        .contains(",\"Ақпан 2023\",2023-02-01,2023-02-28,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"11.2\",")
        .contains(",\"Сәуір-Мамыр 2024\",2024-04-01,2024-05-31,"));
  }
}
