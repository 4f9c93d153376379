package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Texts that are not deadlines, or name days that do not exist, are refused with a reason. */
class DeadlineRejectionTest {

  private static final DeadlineContext PLAN_2023_2025 =
      DeadlineContext.none().withYears(YearRange.of(2023, 2025));

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("Мамр 2024", "unknown month \"Мамр\""),
        Arguments.of("Наурыз-Мамр 2024", "unknown month \"Мамр\""),
        Arguments.of("15 Мрт 2024", "unknown month \"Мрт\""),
        Arguments.of("примерно март 2024", "unknown word \"примерно\""),
        Arguments.of("31 февраля 2024", "there is no day 31 in February 2024"),
        Arguments.of("29 февраля 2023", "there is no day 29 in February 2023"),
        Arguments.of("0 марта 2024", "there is no day 0 in March 2024"),
        Arguments.of("31.04.2024", "there is no day 31 in April 2024"),
        Arguments.of("15.13.2024", "there is no month 13"),
        Arguments.of("май-март 2024", "the range \"май-март 2024\" goes backwards"),
        Arguments.of("Мамыр-наурыз 2024", "goes backwards"),
        Arguments.of("20-1 апреля 2024", "goes backwards"),
        Arguments.of("5 квартал 2024", "there is no quarter 5"),
        Arguments.of("H3 2024", "there is no half-year 3"),
        Arguments.of("март", "no year given for \"март\""),
        Arguments.of("1850", "year 1850 is out of range"),
        Arguments.of("", "the deadline is empty"),
        Arguments.of("   \n ", "the deadline is empty"),
        Arguments.of("(10 күн)", "no date found"),
        Arguments.of("(0 күн) март 2024", "a duration of 0 күн is not possible"),
        Arguments.of("март 2024 (10 күн) (3 күн)", "two different durations"),
        Arguments.of("март 2024 дней", "a number of days is missing"),
        Arguments.of("март 2024 #", "unexpected character \"#\""),
        Arguments.of("март -", "a date is missing after \"-\""),
        Arguments.of("март 2024 123", "unexpected number \"123\" in \"март 2024 123\""),
        Arguments.of("12345 марта", "unexpected number \"12345\""),
        Arguments.of("с 1 марта 2024 дейін", "is a start or an end"),
        Arguments.of("екінші жартыжылдықта",
            "no year given for \"екінші жартыжылдықта\" and the plan period 2023-2025 has more"
                + " than one year"),
        Arguments.of("с 1 марта 2024 кешіктірмей", "is a start or an end"),
        Arguments.of("4 декада марта 2024", "there is no ten-day part 4 of a month (\"4\")"),
        Arguments.of("I декада 2024", "a month is missing after \"декада\""),
        Arguments.of("первая декада 15 марта 2024", "a month is missing after \"декада\""),
        Arguments.of("первая декада марта 15 2024",
            "a ten-day part of a month cannot name a day: \"марта 15 2024\""),
        Arguments.of("конец 15 марта 2024",
            "a day has no beginning, middle or end: \"конец 15 марта 2024\""),
        Arguments.of("конец начала марта 2024", "a date is missing after \"конец\""),
        Arguments.of("end of", "a date is missing after \"end\""),
        Arguments.of("наурыздың бірінші онкүндігінің соңы 2024", "unexpected \"соңы\""),
        Arguments.of("конец года", "no year given for \"конец года\" and the plan period"
            + " 2023-2025 has more than one year"),
        Arguments.of("early-mid March 2024", "a date is missing after \"early\""),
        Arguments.of("2023 март 2024",
            "the year 2023 in \"2023 март 2024\" is not the year of any date in it"),
        Arguments.of("2024 жылғы 15 наурызға дейін 2025 ж.", "two years, 2024 and 2025, for"),
        Arguments.of("15 наурыз 2024 дейін 2030", "the year 2030 in"),
        Arguments.of("март – 2024 жылғы апрель 2025",
            "the year 2024 before \"апрель 2025\" is not the year of any date"),
        Arguments.of("2023 г. года", "two year words after \"2023\""),
        Arguments.of("март 2024 и", "a date is missing next to \"и\""),
        Arguments.of("and March 2024", "a date is missing next to \"and\""),
        Arguments.of("наурыз және және сәуір 2024", "a date is missing next to \"және\""),
        Arguments.of("до до 15 марта 2024", "\"до\" repeats a word before it"),
        Arguments.of("до марта-мая 2024",
            "\"до\" does not go with the range \"до марта-мая 2024\""),
        Arguments.of("наурыз-мамыр бастап 2024", "\"бастап\" does not go with the range"),
        Arguments.of("2024 жылғы наурыз-мамырдан кешіктірмей",
            "\"кешіктірмей\" does not go with the range"));
  }

  static Stream<Arguments> textsThatGiveNoDate() {
    return Stream.of(
        Arguments.of("по мере необходимости", "\"по мере необходимости\" gives no date"),
        Arguments.of("По мере необходимости", "\"По мере необходимости\" gives no date"),
        Arguments.of("при необходимости", "\"при необходимости\" gives no date"),
        Arguments.of("по запросу", "\"по запросу\" gives no date"),
        Arguments.of("қажеттілігіне қарай", "\"қажеттілігіне қарай\" gives no date"),
        Arguments.of("қажет болған жағдайда", "\"қажет болған жағдайда\" gives no date"),
        Arguments.of("as needed", "\"as needed\" gives no date"),
        Arguments.of("As required", "\"As required\" gives no date"),
        Arguments.of("(по мере необходимости)", "\"по мере необходимости\" gives no date"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("textsThatGiveNoDate")
  void aTextThatGivesNoDateIsRefusedSayingSo(String text, String reason) {
    assertThat(DeadlineParser.read(text, PLAN_2023_2025))
        .isEqualTo(new DeadlineReading.NotUnderstood(text, reason));
    assertThat(DeadlineParser.read(text, DeadlineContext.none()))
        .isEqualTo(new DeadlineReading.NotUnderstood(text, reason));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refusals")
  void refusesWithAReason(String text, String reason) {
    DeadlineReading reading = DeadlineParser.read(text, PLAN_2023_2025);

    assertThat(reading).isInstanceOf(DeadlineReading.NotUnderstood.class);
    DeadlineReading.NotUnderstood refused = (DeadlineReading.NotUnderstood) reading;
    assertThat(refused.reason()).contains(reason);
    assertThat(refused.text()).isEqualTo(text);
    assertThat(reading.deadline().isResolved()).isFalse();
    assertThat(reading.deadline().text()).isEqualTo(text);
  }

  @Test
  void anUnknownMonthIsNamedInTheReason() {
    assertThat(DeadlineParser.read("Мамр 2024", PLAN_2023_2025))
        .isEqualTo(new DeadlineReading.NotUnderstood("Мамр 2024", "unknown month \"Мамр\""));
  }

  @Test
  void aReasonQuotesALongTextCutShort() {
    DeadlineReading reading = DeadlineParser.read("1-".repeat(1_000), PLAN_2023_2025);

    assertThat(((DeadlineReading.NotUnderstood) reading).reason()).hasSizeLessThan(200);
  }

  static Stream<String> formsThatTakeTheirYearsFromThePlan() {
    return Stream.of("в течение года", "жыл бойы", "during the year", "постоянно", "тұрақты",
        "ongoing", "на постоянной основе", "ежеквартально",
        "тоқсан сайын", "quarterly", "ежемесячно", "ай сайын", "monthly", "ежегодно", "жыл сайын",
        "annually");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("formsThatTakeTheirYearsFromThePlan")
  void aFormWithoutAYearNeedsThePlanPeriod(String text) {
    DeadlineReading reading = DeadlineParser.read(text, DeadlineContext.none());

    assertThat(reading).isEqualTo(new DeadlineReading.NotUnderstood(text,
        "no year given and no plan period to take it from"));
  }

  @Test
  void aHundredThousandCharacterTextIsRefused() {
    String hostile = "Наурыз-".repeat(14_300) + "2024";

    assertThat(DeadlineParser.read(hostile, PLAN_2023_2025))
        .isInstanceOf(DeadlineReading.NotUnderstood.class);
  }

  @Test
  void aLongHostileTextUnderTheLengthLimitIsReadThroughAndRefused() {
    String hostile = "1-".repeat(1_000) + "((((" + "наурыз, ".repeat(200);

    assertThat(DeadlineParser.read(hostile, PLAN_2023_2025))
        .isInstanceOf(DeadlineReading.NotUnderstood.class);
  }

  @Test
  void aLongListOfMonthsIsReadInFull() {
    String text = "март, ".repeat(400) + "2024";

    assertThat(DeadlineParser.read(text, PLAN_2023_2025).deadline().windows()).hasSize(400);
  }
}
