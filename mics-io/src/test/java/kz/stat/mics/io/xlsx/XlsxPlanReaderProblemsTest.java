package kz.stat.mics.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.io.DocumentFormat;
import kz.stat.mics.io.Documents;
import kz.stat.mics.io.csv.CsvPlanReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook changed beyond recognition is refused with the cell, in one line. */
class XlsxPlanReaderProblemsTest {

  private static byte[] seed() {
    return XlsxPlanRoundTripTest.write(ExportedPlan.of(SeedPlan.plan()));
  }

  private static byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(seed()))) {
      edit.accept(book);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static String problem(byte[] bytes) {
    try {
      XlsxPlanRoundTripTest.read(bytes);
    } catch (PlanDocumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void aFormulaWhereTextIsExpectedIsRefusedWithItsCell() throws IOException {
    // row 17 is activity 5.2 (title, header, then sections and activities in order)
    byte[] bytes = edited(b -> b.getSheet("Plan").getRow(16).getCell(3)
        .setCellFormula("HYPERLINK(\"http://example.com\",\"x\")"));
    assertThat(problem(bytes)).isEqualTo("plan.xlsx: Plan!D17: holds a formula "
        + "(=HYPERLINK(\"http://example.com\",\"x\")); mics reads text, never formulas: type the "
        + "text itself");
  }

  @Test
  void aRowThatIsNeitherSectionNorActivityIsRefusedWithItsRow() throws IOException {
    byte[] bytes = edited(b -> b.getSheet("Plan").getRow(16).getCell(0).setCellValue("x"));
    assertThat(problem(bytes)).startsWith("plan.xlsx: Plan!A17: a row that is neither a section");
  }

  @Test
  void aMissingColumnIsRefusedAtTheHeader() throws IOException {
    byte[] bytes = edited(b -> b.getSheet("Plan").getRow(1).getCell(4).setCellValue("Ескерту"));
    assertThat(problem(bytes)).isEqualTo("plan.xlsx: Plan!A2: the header row has no deadline "
        + "column");
  }

  @Test
  void aWorkbookWithoutAPlanSheetIsRefusedNamingItsSheets() throws IOException {
    byte[] bytes = edited(b -> b.setSheetName(0, "Жоспар"));
    assertThat(problem(bytes)).isEqualTo("plan.xlsx: has no sheet named \"Plan\", which holds "
        + "the plan table (its sheets: Жоспар, Workload, Financing, Abbreviations)");
  }

  @Test
  void columnsMayMoveAndNewOnesAreLeftAlone() throws IOException {
    byte[] bytes = edited(b -> {
      for (Row r : b.getSheet("Plan")) {
        if (r.getRowNum() == 0) {
          continue; // the title
        }
        r.createCell(12).setCellValue(r.getRowNum() == 1 ? "Ескертпе" : "note");
      }
    });
    assertThat(XlsxPlanRoundTripTest.read(bytes)).isEqualTo(SeedPlan.plan());
  }

  @Test
  void aWorkbookIsKnownByItsContentWhateverItsName() {
    byte[] bytes = seed();
    assertThat(DocumentFormat.guess("plan.bin", bytes)).contains(DocumentFormat.XLSX);
    PlanDocument read = new Documents().read(DocumentSource.of("plan",
        () -> new ByteArrayInputStream(bytes)));
    assertThat(((PlanDocument.Plan) read).plan()).isEqualTo(SeedPlan.plan());
  }

  @Test
  void aWorkbookReadAsCsvIsCalledAWorkbook() {
    assertThatThrownBy(() -> new CsvPlanReader().read("plan.csv",
        new ByteArrayInputStream(seed()))).hasMessage("plan.csv: is an Excel workbook (XLSX), "
            + "not CSV; name it .xlsx or pass --from xlsx");
  }

  @Test
  void aDamagedWorkbookIsSaidToBeDamaged() {
    byte[] bytes = java.util.Arrays.copyOf(seed(), 2000);
    assertThat(problem(bytes)).startsWith("plan.xlsx: is not an Excel workbook or is damaged");
  }
}
