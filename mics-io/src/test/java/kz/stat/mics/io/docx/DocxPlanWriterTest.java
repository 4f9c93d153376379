package kz.stat.mics.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.io.SeedProgress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed written as the ministry's Word table, with and without its status as of 15 April 2023
 * ({@link SeedProgress}): read back by the project's own reader, it is the same plan.
 */
class DocxPlanWriterTest {

  static byte[] write(ExportedPlan export) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxPlanWriter().write(export, out);
    return out.toByteArray();
  }

  private static XWPFTable table(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes)).getTables().get(0);
  }

  @Test
  void theSeedReadsBackEqual() throws IOException {
    byte[] bytes = write(ExportedPlan.of(SeedPlan.plan()));
    assertThat(new DocxPlanReader().read("plan.docx", new ByteArrayInputStream(bytes)))
        .isEqualTo(SeedPlan.plan());
    assertThat(table(bytes).getRow(0).getTableCells()).hasSize(6);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSeedWithItsStatusReadsBackEqual(Language labels) throws IOException {
    byte[] bytes = write(SeedProgress.asOf(labels));
    assertThat(new DocxPlanReader().read("plan.docx", new ByteArrayInputStream(bytes)))
        .isEqualTo(SeedPlan.plan());
  }

  @Test
  void thePlansOwnColumnsThenTheStatusOnTheDay() throws IOException {
    XWPFTable table = table(write(SeedProgress.asOf(Language.KK)));
    assertThat(texts(table.getRow(0))).containsExactly("№", "Іс-шара", "Жауапты орындаушы*",
        "Орындау мерзімі", "Аяқталу нысаны", "Қаржыландыру", "Мәртебесі 2023-04-15");
    // 15 section rows and 47 activity rows under the header
    assertThat(table.getRows()).hasSize(63);
    XWPFTableRow section = table.getRow(1);
    assertThat(texts(section)).containsExactly("1", "Әдіснамалық қамтамасыз ету");
    assertThat(section.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue())
        .isEqualTo(6);
    assertThat(texts(table.getRow(2))).containsExactly("1.1",
        "2024 жылға арналған СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу",
        "ХСД, ӘДДБСД", "Ақпан 2023", "ӘДДБСД-ға хат", "Талап етілмейді", "Орындалды");
  }

  @Test
  void eachRowIsShadedByItsStatusOnTheDay() throws IOException {
    XWPFTable table = table(write(SeedProgress.asOf(Language.EN)));
    List<String> shades = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String code : List.of("1.1", "2.1", "2.2", "3.1", "3.3")) {
      XWPFTableRow row = row(table, code);
      // every cell of the row has the same shade
      assertThat(row.getTableCells().stream().map(XWPFTableCell::getColor).distinct())
          .hasSize(1);
      shades.add(row.getCell(6).getColor());
      words.add(row.getCell(6).getText());
    }
    assertThat(shades).containsExactly("C6EFCE", "FFEB9C", null, "FFC7CE", "D9D9D9");
    assertThat(words).containsExactly("Done", "In progress", "Planned", "Overdue", "Cancelled");
  }

  @Test
  void theNoteFollowsTheTable() throws IOException {
    XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        write(SeedProgress.asOf(Language.KK))));
    List<String> after = new ArrayList<>();
    doc.getParagraphs().forEach(p -> after.add(p.getText()));
    assertThat(after).contains("Ескертпе*: аббревиатуралардың толық жазылуы:",
        "ХСД\t- Халық статистикасы департаменті");
  }

  private static List<String> texts(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    row.getTableCells().forEach(c -> out.add(c.getText()));
    return out;
  }

  static XWPFTableRow row(XWPFTable table, String code) {
    return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(code)).findFirst()
        .orElseThrow();
  }
}
