package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical English form of deadlines, and that the parser reads it back to the same deadline. */
class CanonicalFormTest {

  private static final DeadlineContext PLAN_2023_2025 =
      DeadlineContext.none().withYears(YearRange.of(2023, 2025));

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of("Ақпан 2023", "February 2023"),
        Arguments.of("Ақпан-мамыр 2023", "February 2023 - May 2023"),
        Arguments.of("Наурыз 2023 \u2013сәуір 2025", "March 2023 - April 2025"),
        Arguments.of("Наурыз-сәуір 2024, қыркүйек-қараша 2024",
            "March 2024 - April 2024; September 2024 - November 2024"),
        Arguments.of("Маусым 2023\n(10 күн)", "June 2023 (10 days)"),
        Arguments.of("Маусым 2023 (1 күн)", "June 2023 (1 day)"),
        Arguments.of("Қаңтар-наурыз 2025 (нақтылануда)", "January 2025 - March 2025 (tentative)"),
        Arguments.of("до 15 марта 2024 г.", "by 15 March 2024"),
        Arguments.of("с 1 марта 2024 г.", "from 1 March 2024"),
        Arguments.of("15.03.2024", "15 March 2024"),
        Arguments.of("с 25 марта по 5 апреля 2024 г.", "25 March 2024 - 5 April 2024"),
        Arguments.of("IV квартал 2023 г.", "October 2023 - December 2023"),
        Arguments.of("ежеквартально", "quarterly January 2023 - December 2025"),
        Arguments.of("ай сайын 2024", "monthly January 2024 - December 2024"),
        Arguments.of("ежегодно", "annually January 2023 - December 2025"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("canonicalForms")
  void writesTheCanonicalFormThatReadsBackTheSame(String text, String canonical) {
    Deadline deadline = DeadlineParser.read(text, PLAN_2023_2025).deadline();

    assertThat(CanonicalForm.canonical(deadline)).isEqualTo(canonical);
    Deadline again = DeadlineParser.read(canonical, DeadlineContext.none()).deadline();
    assertThat(again.windows()).isEqualTo(deadline.windows());
    assertThat(again.durationDays()).isEqualTo(deadline.durationDays());
    assertThat(again.tentative()).isEqualTo(deadline.tentative());
    assertThat(again.recurrence()).isEqualTo(deadline.recurrence());
  }

  @Test
  void aDeadlineWithoutWindowsKeepsItsText() {
    assertThat(CanonicalForm.canonical(Deadline.unresolved("Мамр 2024"))).isEqualTo("Мамр 2024");
  }
}
