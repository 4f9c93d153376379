package kz.stat.mics.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.PlanArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Whatever a cell's text (a formula, control characters, the longest an Excel cell holds), the
 * workbook holds it as a string cell, the only formulas in it are mics's own counts, and the text
 * reads back as it was.
 */
class XlsxCellProperties {
  /** The formulas mics writes: sums and counts over cell ranges, nothing else. */
  private static final Pattern OWN_FORMULA = Pattern.compile(
      "(SUM|COUNTIF|SUMIF)\\((Plan!)?[$A-Z0-9:,]+\\)");

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        PlanArbitraries.awkwardText(),
        Arbitraries.of("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)",
            "=cmd|' /C calc'!A0", "'=1", "\t=1", "\r=1", "_x0041_", "1.1", "11.10",
            "2024-03-15", "TRUE", "#N/A", "1E5"),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8)
            .map(s -> "x" + s),
        Arbitraries.strings().withChars('=', 'ә', ' ', 'a').ofLength(PlanSheet.MAX_CELL_CHARS));
  }

  @Property(tries = 60)
  void hostileTextStaysTextAndReadsBack(@ForAll("hostile") String text) throws IOException {
    Activity activity = Activity.of("1.1", text, List.of("ХСД", "АТД"),
        Deadline.unresolved("Ақпан 2023"), text, Financing.of(text));
    ActionPlan plan = ActionPlan.of("2023-2025 жоспар", Language.KK, YearRange.of(2023, 2025),
        List.of(Section.of("1", "Бөлім", List.of(activity))), ExecutorDirectory.empty());
    byte[] bytes = XlsxPlanRoundTripTest.write(ExportedPlan.of(plan));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> formulas = new ArrayList<>();
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              formulas.add(cell.getCellFormula());
            }
          }
        }
      }
      assertThat(formulas).allMatch(f -> OWN_FORMULA.matcher(f).matches());
      Cell title = book.getSheet("Plan").getRow(3).getCell(PlanSheet.ACTIVITY);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(text);
      assertThat(book.getSheet("Plan").getRow(3).getCell(PlanSheet.FINANCING_TEXT)
          .getStringCellValue()).isEqualTo(activity.financing().text());
    }
    Activity read = XlsxPlanRoundTripTest.read(bytes).activities().get(0);
    assertThat(read.title()).isEqualTo(Names.normalize(text));
    assertThat(read.completionForm()).isEqualTo(Names.normalize(text));
  }
}
