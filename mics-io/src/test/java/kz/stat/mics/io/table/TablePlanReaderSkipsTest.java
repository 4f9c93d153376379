package kz.stat.mics.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.io.SeedDocuments;
import org.junit.jupiter.api.Test;

/**
 * The seed's text export with one thing added that is neither the plan table nor an abbreviation
 * entry: it reads to the seed plan, and the one thing is skipped with its line. The seed has 428
 * lines; its note heading is line 392, after four blank lines (388-391).
 */
class TablePlanReaderSkipsTest {
  private static final String SOURCE = "seed.txt";
  private static final int NOTE_HEADING = 392;
  private static final int AFTER_LAST = 429;

  private final TablePlanReader reader = new TablePlanReader();

  private static String seed() {
    return new String(SeedDocuments.seedText(), StandardCharsets.UTF_8);
  }

  /** The seed with {@code text} inserted as line {@code at} (1-based), the lines after it moved down. */
  private static String insertAt(int at, String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(seed().split("\n", -1)));
    lines.add(at - 1, text);
    return String.join("\n", lines);
  }

  private PlanDocument.Plan read(String text) {
    return reader.readDocument(SOURCE, text);
  }

  private static List<String> skipped(PlanDocument.Plan read) {
    return read.skipped().stream().map(DocumentProblem::toString).toList();
  }

  @Test
  void theSeedItselfSkipsNothing() {
    PlanDocument.Plan read = read(seed());
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void skipsAnApprovalStampAboveTheTitle() {
    PlanDocument.Plan read = read("УТВЕРЖДАЮ\n" + seed());
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 1: skipped an approval stamp: \"УТВЕРЖДАЮ\"");
  }

  @Test
  void skipsEveryLineOfAStampBlockUpToTheBlankLineAfterIt() {
    PlanDocument.Plan read = read("БЕКІТЕМІН\nҚР СЖРА ҰСБ басшысы\n____________ Ж. Шаймарданов\n\n"
        + seed());
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 1: skipped an approval stamp: \"БЕКІТЕМІН\"",
        "seed.txt: line 2: skipped an approval stamp: \"ҚР СЖРА ҰСБ басшысы\"",
        "seed.txt: line 3: skipped an approval stamp: \"____________ Ж. Шаймарданов\"");
  }

  @Test
  void skipsAHeadingAboveTheTitleThatABlankLineSetsApart() {
    PlanDocument.Plan read = read("Статистикалық жұмыстар\n\n" + seed());
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 1: skipped text before the title: \"Статистикалық жұмыстар\"");
  }

  @Test
  void skipsAFootnoteMarkerBetweenTheTableAndTheNote() {
    PlanDocument.Plan read = read(insertAt(NOTE_HEADING, "*"));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 392: skipped a footnote marker: \"*\"");
  }

  @Test
  void skipsAHeadingBetweenTheTableAndTheNote() {
    PlanDocument.Plan read = read(insertAt(NOTE_HEADING, "Аббревиатуралар тізімі"));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("seed.txt: line 392: skipped text that is not an "
        + "abbreviation entry: \"Аббревиатуралар тізімі\"");
  }

  @Test
  void takesABareNoteLeadInAsPartOfTheNote() {
    PlanDocument.Plan read = read(insertAt(NOTE_HEADING, "Примечание:"));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void skipsANoteThatIsNotTheAbbreviationList() {
    PlanDocument.Plan read = read(seed() + "Примечание: сроки уточняются по мере финансирования\n");
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("seed.txt: line 429: skipped a note that is not the "
        + "abbreviation list: \"Примечание: сроки уточняются по мере финансирования\"");
  }

  @Test
  void skipsASignatureUnderTheNote() {
    PlanDocument.Plan read = read(seed() + "ХСД директоры ____________ А. Сейтова\n");
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 429: skipped a signature: \"ХСД директоры ____________ А. Сейтова\"");
  }

  @Test
  void skipsBlankAndPageBreakLinesSilently() {
    PlanDocument.Plan read = read(insertAt(NOTE_HEADING, "\f\n\n\f"));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void skipsATableBeforeThePlanTable() {
    PlanDocument.Plan read = read("\tҚұжат нөмірі\n\t12-04/117\n\n" + seed());
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly("seed.txt: line 1: skipped a table before the plan "
        + "table: \"Құжат нөмірі 12-04/117\"");
  }

  @Test
  void skipsEachRowOfATableRightAfterTheNoteWhichTheTextCannotSetApartFromIt() {
    PlanDocument.Plan read = read(seed() + "\tКезең\n\tСомасы\n\n\t2023\n\t150 000\n");
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 429: skipped text that is not an abbreviation entry: \"Кезең Сомасы\"",
        "seed.txt: line 432: skipped text that is not an abbreviation entry: \"2023 150 000\"");
  }

  @Test
  void skipsAnAbbreviationWithoutAFullNameAndOneListedAgain() {
    PlanDocument.Plan read = read(seed() + "ХСД - Басқа департамент\nПСД\n");
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(skipped(read)).containsExactly(
        "seed.txt: line 429: skipped an abbreviation listed again (the first entry is kept): "
            + "\"ХСД Басқа департамент\"",
        "seed.txt: line 430: skipped an abbreviation with no full name after it: \"ПСД\"");
  }

  @Test
  void stillRefusesABrokenTable() {
    String broken = seed().replace("\t1.1\n", "\tx.1\n");
    assertThatThrownBy(() -> read(broken)).hasMessageStartingWith("seed.txt:14: a row that is "
        + "neither a section (a whole number and a title) nor an activity");
  }

  @Test
  void stillRefusesTextWithNoTable() {
    assertThatThrownBy(() -> read("Plan 2024-2025\nНичего\n")).hasMessage("seed.txt: has no plan "
        + "table (rows whose cells start with a TAB, the header row first)");
  }
}
