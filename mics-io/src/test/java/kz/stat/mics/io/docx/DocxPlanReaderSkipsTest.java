package kz.stat.mics.io.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kz.stat.mics.domain.application.CheckDocument;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.rules.Finding;
import kz.stat.mics.domain.rules.PlanRules;
import kz.stat.mics.domain.rules.Severity;
import kz.stat.mics.io.Documents;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed built as a Word document with one thing added that is neither the plan table nor an
 * abbreviation entry: it reads to the seed plan, and the one thing is skipped with its place. The
 * seed's body is: paragraphs 1-2 (the title), table 1 (the plan), paragraph 3 (blank), paragraph
 * 4 (the note heading), then the note as paragraphs 5-15 or as table 2.
 */
class DocxPlanReaderSkipsTest {
  private static final int BLANK_AFTER_TABLE = 3;
  private static final int NOTE_HEADING = 4;

  private final DocxPlanReader reader = new DocxPlanReader();

  private PlanDocument.Plan read(byte[] docx) {
    return reader.readDocument("plan.docx", new ByteArrayInputStream(docx));
  }

  private static List<String> skipped(PlanDocument.Plan read) {
    return read.skipped().stream().map(DocumentProblem::toString).toList();
  }

  /** The seed document changed by {@code change}. */
  private static byte[] seedWith(boolean noteAsTable, Consumer<XWPFDocument> change) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        SeedDocx.build(noteAsTable)))) {
      change.accept(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A cursor before the body element at {@code index}. */
  private static XmlCursor before(XWPFDocument doc, int index) {
    IBodyElement e = doc.getBodyElements().get(index);
    return e instanceof XWPFParagraph p ? p.getCTP().newCursor()
        : ((XWPFTable) e).getCTTbl().newCursor();
  }

  private static Consumer<XWPFDocument> paragraphBefore(int index, String text) {
    return doc -> doc.insertNewParagraph(before(doc, index)).createRun().setText(text);
  }

  private static Consumer<XWPFDocument> tableBefore(int index, String[]... rows) {
    return doc -> fill(doc.insertNewTbl(before(doc, index)), rows);
  }

  private static void fill(XWPFTable table, String[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      XWPFTableRow row = r < table.getRows().size() ? table.getRow(r) : table.createRow();
      for (int c = 0; c < rows[r].length; c++) {
        while (row.getTableCells().size() <= c) {
          row.addNewTableCell();
        }
        row.getCell(c).setText(rows[r][c]);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theSeedItselfSkipsNothing(boolean noteAsTable) {
    PlanDocument.Plan read = read(SeedDocx.build(noteAsTable));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void skipsAFootnoteMarkerBetweenTheTableAndANoteTableWithoutHeading() {
    // title, plan table, a paragraph holding only "*", then the note as a second table
    byte[] docx = seedWith(true, doc -> {
      doc.removeBodyElement(NOTE_HEADING);
      doc.removeBodyElement(BLANK_AFTER_TABLE);
      doc.insertNewParagraph(before(doc, 3)).createRun().setText("*");
    });
    PlanDocument.Plan read = read(docx);
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "plan.docx: paragraph 3: skipped a footnote marker: \"*\"");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsAnApprovalStampAboveTheTitle(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, paragraphBefore(0, "УТВЕРЖДАЮ")));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "plan.docx: paragraph 1: skipped an approval stamp: \"УТВЕРЖДАЮ\"");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsAHeadingBetweenTheTableAndTheNote(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, paragraphBefore(4,
        "Аббревиатуралар тізімі")));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("plan.docx: paragraph 4: skipped text that is not "
        + "an abbreviation entry: \"Аббревиатуралар тізімі\"");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsANoteThatIsNotTheAbbreviationList(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, doc -> doc.createParagraph().createRun()
        .setText("Примечание: сроки уточняются по мере финансирования")));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("plan.docx: paragraph " + (noteAsTable ? 5 : 16)
        + ": skipped a note that is not the abbreviation list: \"Примечание: сроки уточняются по "
        + "мере финансирования\"");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsASignatureAtTheEnd(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, doc -> doc.createParagraph().createRun()
        .setText("ХСД директоры ____________ А. Сейтова")));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("plan.docx: paragraph " + (noteAsTable ? 5 : 16)
        + ": skipped a signature: \"ХСД директоры ____________ А. Сейтова\"");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsBlankAndPageBreakParagraphsSilently(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, doc -> {
      doc.insertNewParagraph(before(doc, 3)).createRun().addBreak(BreakType.PAGE);
      doc.insertNewParagraph(before(doc, 3));
      doc.insertNewParagraph(before(doc, 0)).createRun().addBreak(BreakType.PAGE);
    }));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(read.skipped()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsAnUnrelatedTableBetweenThePlanTableAndTheNote(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, tableBefore(3,
        new String[] {"Кезең", "Сомасы"}, new String[] {"2023", "150 000"})));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("plan.docx: table 2: skipped a table that is "
        + "neither the plan table nor the abbreviation note: \"Кезең Сомасы\"");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void skipsATableBeforeThePlanTable(boolean noteAsTable) {
    PlanDocument.Plan read = read(seedWith(noteAsTable, tableBefore(0,
        new String[] {"КЕЛІСІЛДІ", "БЕКІТЕМІН"}, new String[] {"__________", "__________"})));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("plan.docx: table 1: skipped a table before the "
        + "plan table: \"КЕЛІСІЛДІ БЕКІТЕМІН\"");
  }

  @Test
  void refusesADocumentWithNoTableSayingItHasNoPlanTable() {
    byte[] docx = seedWith(false, doc -> {
      List<Integer> tables = new ArrayList<>();
      for (int i = 0; i < doc.getBodyElements().size(); i++) {
        if (doc.getBodyElements().get(i) instanceof XWPFTable) {
          tables.add(0, i);
        }
      }
      tables.forEach(doc::removeBodyElement);
    });
    assertThatThrownBy(() -> read(docx)).hasMessage("plan.docx: has no plan table: the document "
        + "holds no table, and the plan is read from a table whose first row names its columns "
        + "(such as №, Іс-шара, Жауапты орындаушы, Орындау мерзімі, or Мероприятие / Activity "
        + "...)");
  }

  @Test
  void validationReportsWhatWasSkippedAsNoticesBeforeTheRulesFindings() {
    byte[] docx = seedWith(true, paragraphBefore(0, "УТВЕРЖДАЮ"));
    CheckDocument.Checked checked = new CheckDocument(new Documents()).validate(
        DocumentSource.of("plan.docx", () -> new ByteArrayInputStream(docx)), List.of());
    List<Finding> expected = new ArrayList<>();
    expected.add(Finding.onPlan(Severity.NOTICE,
        "plan.docx: paragraph 1: skipped an approval stamp: \"УТВЕРЖДАЮ\""));
    expected.addAll(PlanRules.validate(SeedPlan.plan()));
    assertThat(checked.plan()).isEqualTo(SeedPlan.plan());
    assertThat(checked.findings()).isEqualTo(expected);
  }
}
