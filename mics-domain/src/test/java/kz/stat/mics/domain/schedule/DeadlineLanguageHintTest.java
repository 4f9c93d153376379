package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import kz.stat.mics.domain.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The context's language decides how a slash date is read: Kazakh and Russian write the day first,
 * English may write either first, so an English "03/04/2024" is refused and an English "03/25/2024"
 * is 25 March. This is what {@code mics deadline --lang} changes, and a plan's own language is the
 * hint for all its deadlines.
 */
class DeadlineLanguageHintTest {

  private static DeadlineContext in(Language language) {
    return DeadlineContext.of(language).withYears(YearRange.of(2023, 2025));
  }

  static Stream<Arguments> slashDatesReadTheSameInEveryLanguage() {
    return Stream.of(
        Arguments.of("25/03/2024", "2024-03-25..2024-03-25"),
        Arguments.of("04/04/2024", "2024-04-04..2024-04-04"),
        Arguments.of("03.04.2024", "2024-04-03..2024-04-03"),
        Arguments.of("2024-03-04", "2024-03-04..2024-03-04"),
        Arguments.of("до 25/03/2024", "..2024-03-25"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("slashDatesReadTheSameInEveryLanguage")
  void aDateWithOnlyOnePossibleReadingIgnoresTheHint(String text, String windows) {
    for (Language language : Language.values()) {
      assertThat(DeadlineParser.read(text, in(language)).deadline().windows()).as("%s", language)
          .containsExactlyElementsOf(ExpectedWindows.of(windows));
    }
    assertThat(DeadlineParser.read(text, DeadlineContext.none()).deadline().windows())
        .containsExactlyElementsOf(ExpectedWindows.of(windows));
  }

  @Test
  void kazakhRussianAndNoHintReadTheDayFirst() {
    for (DeadlineContext context : new DeadlineContext[] {
        in(Language.KK), in(Language.RU), DeadlineContext.none()}) {
      assertThat(DeadlineParser.read("03/04/2024", context).deadline().windows())
          .containsExactlyElementsOf(ExpectedWindows.of("2024-04-03..2024-04-03"));
      assertThat(DeadlineParser.read("с 01/03/2024 по 10/04/2024", context).deadline().windows())
          .containsExactlyElementsOf(ExpectedWindows.of("2024-03-01..2024-04-10"));
    }
  }

  @Test
  void englishRefusesASlashDateThatCouldBeEitherDay() {
    assertThat(DeadlineParser.read("03/04/2024", in(Language.EN))).isEqualTo(
        new DeadlineReading.NotUnderstood("03/04/2024", "in English \"03/04/2024\" may be 3 April"
            + " or March 4: write the month as a word"));
    assertThat(DeadlineParser.read("by 01/03/2024", in(Language.EN))).isEqualTo(
        new DeadlineReading.NotUnderstood("by 01/03/2024", "in English \"01/03/2024\" may be 1"
            + " March or January 3: write the month as a word"));
  }

  @Test
  void englishReadsAMonthFirstSlashDateThatOtherLanguagesRefuse() {
    assertThat(DeadlineParser.read("03/25/2024", in(Language.EN)).deadline().windows())
        .containsExactlyElementsOf(ExpectedWindows.of("2024-03-25..2024-03-25"));
    assertThat(DeadlineParser.read("12/31/2024", in(Language.EN)).deadline().windows())
        .containsExactlyElementsOf(ExpectedWindows.of("2024-12-31..2024-12-31"));

    assertThat(DeadlineParser.read("03/25/2024", in(Language.RU))).isEqualTo(
        new DeadlineReading.NotUnderstood("03/25/2024", "there is no month 25 in \"03/25/2024\""));
    assertThat(DeadlineParser.read("03/25/2024", DeadlineContext.none())).isEqualTo(
        new DeadlineReading.NotUnderstood("03/25/2024", "there is no month 25 in \"03/25/2024\""));
  }

  @Test
  void englishStillRefusesASlashDateThatIsNoDayEitherWay() {
    assertThat(DeadlineParser.read("13/13/2024", in(Language.EN))).isEqualTo(
        new DeadlineReading.NotUnderstood("13/13/2024", "there is no month 13 in \"13/13/2024\""));
  }

  @Test
  void theSameWordsReadTheSameWhateverTheHint() {
    for (Language language : Language.values()) {
      assertThat(DeadlineParser.read("Наурыз-сәуір 2024, March 2025, до 15 мая 2025 г.",
          in(language)).deadline().windows()).containsExactlyElementsOf(ExpectedWindows.of(
              "2024-03-01..2024-04-30; 2025-03-01..2025-03-31; ..2025-05-15"));
    }
  }
}
