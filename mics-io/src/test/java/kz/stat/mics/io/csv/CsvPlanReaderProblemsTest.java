package kz.stat.mics.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.port.PlanDocumentException;
import org.junit.jupiter.api.Test;

class CsvPlanReaderProblemsTest {
  private static final String HEAD = "#format,mics-plan,1\n#title,Plan\n#language,en\n"
      + "#period,2024,2025\n#section,1,First\n";
  private final CsvPlanReader reader = new CsvPlanReader();

  private ActionPlan read(String csv) {
    return reader.read("plan.csv", new ByteArrayInputStream(csv.getBytes(
        StandardCharsets.UTF_8)));
  }

  private PlanDocumentException problems(String csv) {
    return catchThrowableOfType(PlanDocumentException.class, () -> read(csv));
  }

  @Test
  void reportsEveryBadCellWithItsLineAndColumn() {
    String csv = HEAD + "section,code,title,windows,duration_days,financing\n"
        + "1,1.1,Do it,2024-03-01..2024-02-01,0,GRANT\n"
        + "1,1.2,Do more,2024-03-01..2024-04-30,3,UNICEF\n"
        + "2,2.1,Elsewhere,,,\n"
        + "1,1.3,Short\n";
    assertThat(problems(csv).problems()).extracting(Object::toString).containsExactly(
        "plan.csv:7: windows: \"2024-03-01..2024-02-01\" is not a window such as "
            + "2024-03-01..2024-04-30 (either side may be left empty, not both; the end not before"
            + " the start)",
        "plan.csv:7: duration_days: expected a positive number of days, found \"0\"",
        "plan.csv:7: financing: \"GRANT\" is not one of STATE_BUDGET, UNICEF, NOT_REQUIRED, "
            + "OTHER",
        "plan.csv:9: section: activity 2.1 names section \"2\", which no #section row before it"
            + " declares (in this order)",
        "plan.csv:10: the row has 3 cells; the header has 6");
  }

  @Test
  void aSectionWithFewerRowsThanItsCountSaysIsRefused() {
    String csv = "#format,mics-plan,1\n#title,Plan\n#language,en\n#period,2024,2025\n"
        + "#section,1,First,3\n#section,2,Second,1\nsection,code,title,deadline\n"
        + "1,1.1,Do it,March 2024\n1,1.2,Do more,April 2024\n2,2.1,Elsewhere,May 2024\n";
    assertThat(problems(csv).problems()).extracting(Object::toString).containsExactly(
        "plan.csv:5: #section 1: says 3 activities, but 2 rows belong to it");
    assertThat(read(csv.replace("First,3", "First,2")).sections()).hasSize(2);
  }

  @Test
  void saysWhenTheFileIsNotAPlanCsv() {
    assertThat(problems("code,title\n1.1,x\n")).hasMessage("plan.csv:1: is not a mics-plan CSV: "
        + "its first row must be #format,mics-plan,1");
  }

  @Test
  void saysWhenAQuotedCellIsNotClosed() {
    assertThat(problems(HEAD + "section,code,title\n1,1.1,\"Do it\n")).hasMessage(
        "plan.csv:7: a quoted cell is not closed: a '\"' is missing before the end of the file");
  }

  @Test
  void saysWhenAQuotedCellGoesOnAfterItsClosingQuote() {
    assertThat(problems(HEAD + "section,code,title\n1,1.1,\"Do\nit\" now\n")).hasMessage(
        "plan.csv:7: a quoted cell goes on after its closing quote on line 8: quote the whole "
            + "cell and double the quotes inside it");
  }

  @Test
  void aByteThatIsNotUtf8IsNamedOnItsOwnLineWhereverItStands() {
    StringBuilder rows = new StringBuilder(HEAD + "section,code,title\n");
    for (int i = 1; i <= 3000; i++) {
      rows.append("1,1.").append(i).append(",Activity number ").append(i).append('\n');
    }
    byte[] good = rows.toString().getBytes(StandardCharsets.UTF_8);
    // past the first 64 KB that the reader decodes at once, on line 2,507
    int line = 2507;
    int offset = 0;
    for (int n = 1; n < line; offset++) {
      if (good[offset] == '\n') {
        n++;
      }
    }
    offset += 2;
    assertThat(offset).isGreaterThan(1 << 16);
    byte[] bad = good.clone();
    bad[offset] = (byte) 0xFF;
    assertThat(catchThrowableOfType(PlanDocumentException.class,
        () -> reader.read("plan.csv", new ByteArrayInputStream(bad)))).hasMessage(
        "plan.csv:" + line + ": is not UTF-8 text: byte " + offset + " (0xFF) cannot be decoded;"
            + " save the file as UTF-8");
    byte[] early = good.clone();
    early[22] = (byte) 0xC3; // "#title,Plan": a lead byte followed by no continuation
    assertThat(catchThrowableOfType(PlanDocumentException.class,
        () -> reader.read("plan.csv", new ByteArrayInputStream(early)))).hasMessage(
        "plan.csv:2: is not UTF-8 text: byte 22 (0xC3) cannot be decoded; save the file as UTF-8");
    byte[] first = good.clone();
    first[3] = (byte) 0xFF; // "#fo" and a byte that is no character: not a wrong first row
    assertThat(catchThrowableOfType(PlanDocumentException.class,
        () -> reader.read("plan.csv", new ByteArrayInputStream(first)))).hasMessage(
        "plan.csv:1: is not UTF-8 text: byte 3 (0xFF) cannot be decoded; save the file as UTF-8");
  }

  @Test
  void aRowGivenOnceIsRefusedWhenRepeatedAndABadOneIsNotAlsoMissing() {
    assertThat(problems(HEAD.replace("#language,en\n", "#language,en\n#language,ru\n")
        + "section,code,title\n1,1.1,Do it\n")).hasMessage(
        "plan.csv:4: #language: the row is given twice; the first is on line 3");
    assertThat(problems(HEAD.replace("2024,2025", "20x4,2025")
        + "section,code,title\n1,1.1,Do it\n")).hasMessage(
        "plan.csv:4: #period: expected the first and last year, such as 2023 and 2025, found "
            + "\"20x4\" and \"2025\"");
  }

  @Test
  void saysWhichMetadataRowsAreMissingOrUnknown() {
    assertThat(problems("#format;mics-plan;1\n#colour;red\nsection;code;title\n").problems())
        .extracting(Object::toString).containsExactly(
            "plan.csv:2: unknown row \"#colour\": expected #format, #title, #language, #period, "
                + "#executor, #section or #precedence",
            "plan.csv:1: the #title row is missing",
            "plan.csv:1: the #language row is missing",
            "plan.csv:1: the #period row is missing");
  }

  @Test
  void aResponsibleCellHoldsOneNameALineWhateverItsLineBreaks() {
    ActionPlan plan = read("#format;mics-plan;1\n#title;Plan\n#language;ru\n#period;2024;2025\n"
        + "section;code;title;responsible;deadline;financing_text\n"
        + "1;1.1;Сделать;\"\r\nДСН\r\nДИТ\rСТЖД\n\n \u00a0\nХСД\r\n\";Март 2024;Не требуется\n"
        + "1;1.2;Ещё;ДСН;Май 2025;Не требуется\n");
    assertThat(plan.activity("1.1").orElseThrow().responsible())
        .containsExactly("ДСН", "ДИТ", "СТЖД", "ХСД");
    assertThat(plan.activity("1.2").orElseThrow().responsible()).containsExactly("ДСН");
  }

  @Test
  void readsAHandWrittenSheetWithoutWindowsColumnsAndSections() {
    ActionPlan plan = read("#format;mics-plan;1\n#title;Plan\n#language;ru\n#period;2024;2025\n"
        + "section;code;title;responsible;deadline;financing_text\n"
        + "1;1.1;Сделать;\"ДСН\nДИТ\";Март 2024;республиканский бюджет\n"
        + "2;2.1;Ещё;ДСН;Май 2025;Не требуется\n");
    assertThat(plan.sections()).extracting(s -> s.number()).containsExactly("1", "2");
    assertThat(plan.activity("1.1").orElseThrow().responsible()).containsExactly("ДСН", "ДИТ");
    assertThat(plan.activity("1.1").orElseThrow().deadline().text()).isEqualTo("Март 2024");
    assertThat(plan.activity("1.1").orElseThrow().financing().source())
        .isEqualTo(FinancingSource.STATE_BUDGET);
    assertThat(plan.activity("2.1").orElseThrow().financing().source())
        .isEqualTo(FinancingSource.NOT_REQUIRED);
  }
}
