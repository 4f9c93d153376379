package kz.stat.mics.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.SeedDocuments;
import org.junit.jupiter.api.Test;

class TablePlanReaderTest {
  private final TablePlanReader reader = new TablePlanReader();

  private ActionPlan seed() {
    return reader.read("mics-2023-2025.kk.txt", new ByteArrayInputStream(
        SeedDocuments.seedText()));
  }

  private ActionPlan resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/plans/" + name)) {
      return reader.read(name, in);
    }
  }

  @Test
  void readsTheSeedPlanExactlyAsTheHandTypedFixture() {
    assertThat(seed()).isEqualTo(SeedPlan.plan());
  }

  @Test
  void findsFifteenSectionsFortySevenActivitiesAndElevenAbbreviations() {
    ActionPlan plan = seed();
    assertThat(plan.sections()).hasSize(15);
    assertThat(plan.activities()).hasSize(47);
    assertThat(plan.executors().size()).isEqualTo(11);
    assertThat(plan.title()).isEqualTo("2023-2025 жж.арналған Мультииндикаторлық кластерлік "
        + "зерттеу (MICS) бойынша Іс-шаралар жоспары");
    assertThat(plan.language()).isEqualTo(Language.KK);
    assertThat(plan.period()).isEqualTo(YearRange.of(2023, 2025));
  }

  @Test
  void joinsContinuationLinesAndSplitsResponsibleOnCommas() {
    ActionPlan plan = seed();
    assertThat(plan.activity("8.1").orElseThrow().deadline().text())
        .isEqualTo("Маусым 2023 (10 күн)");
    assertThat(plan.activity("13.3").orElseThrow().responsible())
        .containsExactly("АҚжМҚҚБ", "ХСД", "ҚР СЖРА ҰСБ аумақтық бөлімшелер");
    assertThat(plan.activity("3.1").orElseThrow().title()).isEqualTo(
        "Зерттеуге дайындық және өткізу жөніндегі ұлттық консультанттың кандидатурасын келісу .");
    assertThat(plan.activity("10.2").orElseThrow().responsible())
        .containsExactly("Баспасөз қызметі", "ҚР СЖРА ҰСБ аумақтық бөлімшелер", "ХСД");
  }

  @Test
  void readsARussianPlan() throws IOException {
    ActionPlan plan = resource("ru-sample.txt");
    assertThat(plan.language()).isEqualTo(Language.RU);
    assertThat(plan.title()).isEqualTo(
        "План мероприятий по проведению обследования MICS на 2024-2026 годы");
    assertThat(plan.period()).isEqualTo(YearRange.of(2024, 2026));
    assertThat(plan.sections()).extracting(s -> s.number() + " " + s.title()).containsExactly(
        "1 Методологическое обеспечение", "2 Бюджет обследования", "3 Сбор данных");
    assertThat(plan.activities()).extracting(Activity::code)
        .containsExactly("1.1", "1.2", "2.1", "3.1", "3.2");
    Activity a = plan.activity("1.2").orElseThrow();
    assertThat(a.responsible()).containsExactly("ДСН", "ДМРУД",
        "государственные органы и заинтересованные организации");
    assertThat(a.deadline().text()).isEqualTo("Апрель-май 2024 (10 дней)");
    assertThat(a.deadline().windows()).containsExactly(
        Window.months(YearMonth.of(2024, 4), YearMonth.of(2024, 5)));
    assertThat(a.deadline().durationDays()).hasValue(10);
    assertThat(plan.activity("2.1").orElseThrow().deadline().windows())
        .containsExactly(Window.until(LocalDate.of(2024, 3, 1)));
    assertThat(plan.activity("3.2").orElseThrow().deadline().tentative()).isTrue();
    assertThat(a.financing().source()).isEqualTo(FinancingSource.NOT_REQUIRED);
    assertThat(a.financing().text()).isEqualTo("Не требуется");
    assertThat(plan.activity("2.1").orElseThrow().financing().source())
        .isEqualTo(FinancingSource.STATE_BUDGET);
    assertThat(plan.activity("3.2").orElseThrow().completionForm()).isEqualTo("База данных");
    assertThat(plan.executors().entries()).extracting(e -> e.code() + "=" + e.name())
        .containsExactly("ДСН=Департамент статистики населения",
            "ДМРУД=Департамент методологического развития и управления данными",
            "ДИТ=Департамент информационных технологий");
  }

  @Test
  void readsAnEnglishPlanWithReorderedAndMissingOptionalColumns() throws IOException {
    ActionPlan plan = resource("en-sample.txt");
    assertThat(plan.language()).isEqualTo(Language.EN);
    assertThat(plan.period()).isEqualTo(YearRange.of(2025, 2026));
    assertThat(plan.sections()).hasSize(2);
    Activity a = plan.activity("1.1").orElseThrow();
    assertThat(a.title()).isEqualTo("Agree the survey budget");
    assertThat(a.responsible()).containsExactly("PSD", "ITD");
    assertThat(a.deadline().text()).isEqualTo("March 2025");
    assertThat(a.deadline().windows()).containsExactly(Window.month(YearMonth.of(2025, 3)));
    assertThat(a.financing().source()).isEqualTo(FinancingSource.STATE_BUDGET);
    assertThat(a.completionForm()).isEmpty();
    assertThat(plan.activity("2.1").orElseThrow().financing().source())
        .isEqualTo(FinancingSource.UNICEF);
    assertThat(plan.executors().entries()).extracting(e -> e.code() + "=" + e.name())
        .containsExactly("PSD=Population Statistics Department",
            "ITD=Information Technology Department");
  }

  @Test
  void takesThePeriodFromTheDeadlinesWhenTheTitleHasNoYears() {
    ActionPlan plan = reader.read("p.txt", "Plan\n\n\tNo\n\tActivity\n\tResponsible\n\tDeadline\n\n"
        + "\t1\n\tFirst\n\n\t1.1\n\tDo it\n\tPSD\n\tMarch 2024\n\n\t1.2\n\tDo more\n\tPSD\n"
        + "\tMay 2026\n");
    assertThat(plan.period()).isEqualTo(YearRange.of(2024, 2026));
  }

  @Test
  void keepsADeadlineItCannotReadAsUnresolvedText() {
    ActionPlan plan = reader.read("p.txt", "Plan 2024-2025\n\n\tNo\n\tActivity\n\tResponsible\n"
        + "\tDeadline\n\n\t1\n\tFirst\n\n\t1.1\n\tDo it\n\tPSD\n\twhen the stars align\n");
    assertThat(plan.activity("1.1").orElseThrow().deadline().isResolved()).isFalse();
    assertThat(plan.activity("1.1").orElseThrow().deadline().text())
        .isEqualTo("when the stars align");
  }

  @Test
  void keepsAMismatchedSectionNumberAndADuplicateCodeForValidationToReport() {
    ActionPlan plan = reader.read("p.txt", "Plan 2024-2025\n\n\tNo\n\tActivity\n\tResponsible\n"
        + "\tDeadline\n\n\t1\n\tFirst\n\n\t2.1\n\tDo it\n\tPSD\n\tMay 2024\n\n\t2.1\n\tAgain\n"
        + "\tPSD\n\tMay 2024\n");
    assertThat(plan.sections().get(0).activities()).extracting(Activity::code)
        .containsExactly("2.1", "2.1");
  }

  @Test
  void saysWhenTheTableHasNoHeaderRow() {
    assertThatThrownBy(() -> reader.read("p.txt", "Plan 2024-2025\n\n\t1\n\tFirst\n\n\t1.1\n"
        + "\tDo it\n\tPSD\n\tMay 2024\n"))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage("p.txt:3: the table has no header row: its first row must name the columns"
            + " (such as №, Іс-шара, Жауапты орындаушы, Орындау мерзімі, Аяқталу нысаны, "
            + "Қаржыландыру, or Мероприятие / Activity ...)");
  }

  @Test
  void reportsEveryRowWithTheWrongNumberOfCellsAtOnce() {
    PlanDocumentException e = (PlanDocumentException) org.assertj.core.api.Assertions
        .catchThrowable(() -> reader.read("p.txt", "Plan 2024-2025\n\n\tNo\n\tActivity\n"
            + "\tResponsible\n\tDeadline\n\n\t1\n\tFirst\n\n\t1.1\n\tDo it\n\tPSD\n\n\t1.2\n"
            + "\tDo it\n\tPSD\n\tMay 2024\n\textra\n\n\tstray\n\tcells\n"));
    assertThat(e.problems()).extracting(Object::toString).containsExactly(
        "p.txt:11: activity 1.1 has 3 cells; the header has 4 columns",
        "p.txt:15: activity 1.2 has 5 cells; the header has 4 columns",
        "p.txt:21: a row that is neither a section (a whole number and a title) nor an activity"
            + " (a code such as 1.1 in the № column): \"stray | cells\"");
  }

  @Test
  void saysWhenTheFileIsEmpty() {
    assertThatThrownBy(() -> reader.read("p.txt", new ByteArrayInputStream(new byte[0])))
        .hasMessage("p.txt: is empty");
  }

  @Test
  void namesTheLineAndByteOfTextThatIsNotUtf8() {
    byte[] bytes = "Plan\n\n\tNo\n\tАктив\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xFF;
    assertThatThrownBy(() -> reader.read("p.txt", new ByteArrayInputStream(bytes)))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage("p.txt:4: is not UTF-8 text: byte " + (bytes.length - 3)
            + " (0xFF) cannot be decoded; save the file as UTF-8");
  }

  @Test
  void refusesAFileOverTheSizeLimitNamingTheLimit() {
    TablePlanReader small = new TablePlanReader(kz.stat.mics.io.DocumentLimits.ofBytes(1024));
    assertThatThrownBy(() -> small.read("big.txt", new ByteArrayInputStream(new byte[4096])))
        .hasMessageStartingWith("big.txt: is larger than the limit of 1 KB");
  }

  @Test
  void readsAnAbbreviationNoteWrittenOnOneLinePerEntry() {
    ActionPlan plan = reader.read("p.txt", "Plan 2024-2025\n\n\tNo\n\tActivity\n\tResponsible\n"
        + "\tDeadline\n\n\t1\n\tFirst\n\n\t1.1\n\tDo it\n\tPSD\n\tMay 2024\n\n"
        + "Note*: abbreviations\nPSD - Population Statistics Department\n"
        + "ITD – Information Technology Department\n");
    assertThat(plan.executors().entries()).extracting(e -> e.code() + "=" + e.name())
        .isEqualTo(List.of("PSD=Population Statistics Department",
            "ITD=Information Technology Department"));
  }
}
