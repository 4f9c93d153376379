package kz.stat.mics.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.language.Language;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed as of 15 April 2023 (see {@link kz.stat.mics.io.SeedProgress}), in Kazakh, cell by
 * cell: 15 section rows and 47 activity rows under a title and a header.
 */
class XlsxPlanWriterTest {
  private static XSSFWorkbook book;

  @BeforeAll
  static void write() throws IOException {
    book = new XSSFWorkbook(new ByteArrayInputStream(XlsxPlanRoundTripTest.write(
        XlsxPlanRoundTripTest.asOf(Language.KK))));
  }

  private static Cell cell(String sheet, String ref) {
    CellReference r = new CellReference(ref);
    Row row = book.getSheet(sheet).getRow(r.getRow());
    return row == null ? null : row.getCell(r.getCol());
  }

  private static String text(String sheet, String ref) {
    Cell c = cell(sheet, ref);
    assertThat(c.getCellType()).as(sheet + "!" + ref).isEqualTo(CellType.STRING);
    return c.getStringCellValue();
  }

  private static LocalDate date(String sheet, String ref) {
    Cell c = cell(sheet, ref);
    assertThat(c.getCellType()).as(sheet + "!" + ref).isEqualTo(CellType.NUMERIC);
    return c.getLocalDateTimeCellValue().toLocalDate();
  }

  @Test
  void hasTheFourSheetsAndTheNote() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    assertThat(names).containsExactly("Plan", "Overdue and due soon", "Workload", "Financing",
        "Abbreviations");
  }

  @Test
  void thePlanSheetHasTheTitleTheHeaderAndOneRowPerSectionAndActivity() {
    XSSFSheet plan = book.getSheet("Plan");
    assertThat(text("Plan", "A1")).startsWith("2023-2025 жж.арналған");
    List<String> header = new ArrayList<>();
    plan.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
    assertThat(header).containsExactly("№", "Іс-шара", "Жауапты орындаушы*",
        "Бірлескен орындаушылар", "Орындау мерзімі", "Басталуы", "Аяқталуы", "Аяқталу нысаны",
        "Қаржыландыру", "Мәртебесі (2023-04-15)", "Басталды", "Аяқталды");
    assertThat(plan.getLastRowNum()).isEqualTo(63); // 2 + 15 + 47 rows, counted from 0
    assertThat(plan.getPaneInformation().isFreezePane()).isTrue();
    assertThat(plan.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    assertThat(plan.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L64");
  }

  @Test
  void codesAreTextAndWindowsAreDates() {
    // row 3 is section 1, row 4 activity 1.1 "Ақпан 2023"
    assertThat(text("Plan", "A3")).isEqualTo("1");
    assertThat(((XSSFCellStyle) cell("Plan", "A3").getCellStyle()).getFont().getBold()).isTrue();
    assertThat(text("Plan", "A4")).isEqualTo("1.1");
    assertThat(cell("Plan", "A4").getCellStyle().getDataFormatString()).isEqualTo("@");
    assertThat(text("Plan", "C4")).isEqualTo("ХСД");
    assertThat(text("Plan", "D4")).isEqualTo("ӘДДБСД");
    assertThat(text("Plan", "E4")).isEqualTo("Ақпан 2023");
    assertThat(date("Plan", "F4")).isEqualTo(LocalDate.of(2023, 2, 1));
    assertThat(date("Plan", "G4")).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(text("Plan", "I4")).isEqualTo("Талап етілмейді");
    // 8.3 has three executors: the lead, then two co-executors one per line
    int row = rowOf("8.3");
    assertThat(text("Plan", "C" + row)).isEqualTo("ХСД");
    assertThat(text("Plan", "D" + row))
        .isEqualTo("АТД\nҚР СЖРА ҰСБ Қарағанды облысы бойынша департаменті");
  }

  @Test
  void sectionsGroupTheirActivities() {
    XSSFSheet plan = book.getSheet("Plan");
    assertThat(plan.getRow(2).getCTRow().getOutlineLevel()).isZero(); // section 1
    assertThat(plan.getRow(3).getCTRow().getOutlineLevel()).isEqualTo((short) 1); // 1.1
  }

  @Test
  void statusAndActualDatesAreThoseKnownOnTheDay() {
    assertThat(text("Plan", "J4")).isEqualTo("Орындалды");
    assertThat(fill("Plan", "J4")).isEqualTo("C6EFCE");
    assertThat(date("Plan", "K4")).isEqualTo(LocalDate.of(2023, 2, 6));
    assertThat(date("Plan", "L4")).isEqualTo(LocalDate.of(2023, 2, 20));
    int r21 = rowOf("2.1");
    assertThat(text("Plan", "J" + r21)).isEqualTo("Орындалуда");
    assertThat(fill("Plan", "J" + r21)).isEqualTo("FFEB9C");
    assertThat(cell("Plan", "L" + r21)).isNull();
    int r31 = rowOf("3.1"); // done on 2 May, after the day: overdue on it
    assertThat(text("Plan", "J" + r31)).isEqualTo("Мерзімі өткен");
    assertThat(fill("Plan", "J" + r31)).isEqualTo("FFC7CE");
    assertThat(cell("Plan", "K" + r31)).isNull();
    assertThat(text("Plan", "J" + rowOf("3.3"))).isEqualTo("Тоқтатылған");
    assertThat(text("Plan", "J" + rowOf("2.2"))).isEqualTo("Жоспарланған");
  }

  @Test
  void overdueAndDueSoonAreListedInRedAndAmber() {
    Sheet s = book.getSheet("Overdue and due soon");
    assertThat(text("Overdue and due soon", "A1")).isEqualTo("Мерзімі өткен іс-шаралар "
        + "(2023-04-15)");
    // 3.1, due 31 March, is the one overdue activity: 15 days
    assertThat(text("Overdue and due soon", "A3")).isEqualTo("3.1");
    assertThat(date("Overdue and due soon", "E3")).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(cell("Overdue and due soon", "F3").getNumericCellValue()).isEqualTo(15.0);
    assertThat(fill("Overdue and due soon", "A3")).isEqualTo("FFC7CE");
    // then, due by 15 May: 5.1 and 6.1 (April 2023)
    assertThat(text("Overdue and due soon", "A5")).startsWith("Алдағы 30 күнде");
    assertThat(text("Overdue and due soon", "A7")).isEqualTo("5.1");
    assertThat(text("Overdue and due soon", "A8")).isEqualTo("6.1");
    assertThat(fill("Overdue and due soon", "A7")).isEqualTo("FFEB9C");
    assertThat(s.getLastRowNum()).isEqualTo(7);
  }

  @Test
  void theWorkloadIsExecutorByMonthWithAHeatMap() {
    XSSFSheet w = book.getSheet("Workload");
    assertThat(w.getRow(0).getLastCellNum()).isEqualTo((short) 38); // executor, 36 months, total
    assertThat(text("Workload", "B1")).isEqualTo("Қаң 2023");
    assertThat(text("Workload", "AC1")).isEqualTo("Сәу 2025");
    // ЗД: only 9.3, July to September 2023; СПДД: 14.4 and 14.6, April to June 2025
    int zd = workloadRow("ЗД");
    assertThat(w.getRow(zd).getCell(6)).isNull(); // June 2023
    assertThat(w.getRow(zd).getCell(7).getNumericCellValue()).isEqualTo(1.0); // July 2023
    assertThat(w.getRow(zd).getCell(9).getNumericCellValue()).isEqualTo(1.0); // September
    assertThat(w.getRow(zd).getCell(10)).isNull(); // October
    assertThat(w.getRow(zd).getCell(37).getCellFormula()).isEqualTo("SUM(B" + (zd + 1) + ":AK"
        + (zd + 1) + ")");
    assertThat(w.getRow(zd).getCell(37).getNumericCellValue()).isEqualTo(3.0);
    int spdd = workloadRow("СПДД");
    assertThat(w.getRow(spdd).getCell(28).getNumericCellValue()).isEqualTo(2.0); // April 2025
    assertThat(w.getRow(spdd).getCell(37).getNumericCellValue()).isEqualTo(6.0);
    assertThat(w.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
    assertThat(w.getSheetConditionalFormatting().getConditionalFormattingAt(0)
        .getFormattingRanges()[0].formatAsString()).isEqualTo("B2:AK" + (w.getLastRowNum() + 1));
  }

  @Test
  void financingCountsAreFormulasOverThePlanSheet() {
    Sheet f = book.getSheet("Financing");
    // per text: Талап етілмейді 30, РБ 13, ЮНИСЕФ 4, in the order they first appear
    assertThat(text("Financing", "A2")).isEqualTo("Талап етілмейді");
    assertThat(cell("Financing", "C2").getCellFormula()).isEqualTo("COUNTIF(Plan!$I$3:$I$64,A2)");
    assertThat(cell("Financing", "C2").getNumericCellValue()).isEqualTo(30.0);
    assertThat(text("Financing", "A3")).isEqualTo("РБ");
    assertThat(cell("Financing", "C3").getNumericCellValue()).isEqualTo(13.0);
    assertThat(text("Financing", "A4")).isEqualTo("ЮНИСЕФ");
    assertThat(cell("Financing", "C4").getNumericCellValue()).isEqualTo(4.0);
    assertThat(text("Financing", "A5")).isEqualTo("Барлығы");
    assertThat(cell("Financing", "C5").getCellFormula()).isEqualTo("SUM(C2:C4)");
    assertThat(cell("Financing", "C5").getNumericCellValue()).isEqualTo(47.0);
    // by source: state budget, UNICEF, not required
    assertThat(cell("Financing", "B8").getCellFormula()).isEqualTo("SUMIF($B$2:$B$4,A8,$C$2:$C$4)");
    List<Double> bySource = new ArrayList<>();
    for (int r = 7; r <= f.getLastRowNum(); r++) {
      bySource.add(f.getRow(r).getCell(1).getNumericCellValue());
    }
    assertThat(bySource).containsExactly(13.0, 4.0, 30.0);
  }

  @Test
  void theNoteIsTheAbbreviationsSheet() {
    assertThat(text("Abbreviations", "A1")).isEqualTo("Ескертпе*: аббревиатуралардың толық "
        + "жазылуы:");
    assertThat(text("Abbreviations", "A2")).isEqualTo("ҚР СЖРА ҰСБ");
    assertThat(book.getSheet("Abbreviations").getLastRowNum()).isEqualTo(11);
  }

  private static String fill(String sheet, String ref) {
    XSSFCellStyle style = (XSSFCellStyle) cell(sheet, ref).getCellStyle();
    return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
  }

  private static int rowOf(String code) {
    for (Row r : book.getSheet("Plan")) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
        return r.getRowNum() + 1;
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static int workloadRow(String executor) {
    for (Row r : book.getSheet("Workload")) {
      if (r.getCell(0).getStringCellValue().equals(executor)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no row " + executor);
  }
}
