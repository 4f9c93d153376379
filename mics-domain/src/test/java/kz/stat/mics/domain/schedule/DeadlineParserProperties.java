package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the deadline parser: it never throws, and it reads its own canonical form back. */
class DeadlineParserProperties {

  private static final DeadlineContext PLAN_2023_2025 =
      DeadlineContext.none().withYears(YearRange.of(2023, 2025));

  private static final List<String> FRAGMENTS = List.of(
      "Наурыз", "наурыздан", "сәуірге", "қыркүйегінен", "Мамыр", "мамырға", "Қаңтар", "Желтоқсан",
      "март", "марта", "в марте", "мае", "июне", "декабря", "March", "May", "Sept", "dec",
      "2023", "2024", "2025", "1850", "0", "1", "15", "31", "29", "123", "99999999999", "2024-03-15",
      "15.03.2024", "03.2024", "-", "–", "—", " - ", ",", ";", ".", "/", "(", ")", "(10 күн)",
      "(3 дня)", "(1 day)", "(нақтылануда)", "(TBC)", "tentative", "г.", "гг.", "ж.", "жж.",
      "жылғы", "года", "году", "жыл", "бойы", "в течение", "during", "the year", "до", "по", "с",
      "by", "from", "to", "until", "дейін", "бастап", "квартал", "тоқсан", "Q", "Q4", "H1", "IV",
      "I", "полугодие", "жартыжылдық", "first half of", "-е", "-ші", "th", "ежеквартально",
      "ай сайын", "monthly", "и", "and", "және", "Мамр", "ә", "ң", "і", " ", "  ", "\n", "\t",
      "2024,", "жартыжылдығы", "тоқсаны", "кешіктірмей", "аспайтын", "соңына", "не позднее",
      "в срок до", "до конца", "by the end of", "постоянно", "тұрақты", "ongoing",
      "по мере необходимости", "as needed", "қажеттілігіне қарай", "третий", "во втором");

  @Property(tries = 500)
  void noStringMakesTheParserThrow(@ForAll String text) {
    assertReadsWithoutFailing(text, PLAN_2023_2025);
    assertReadsWithoutFailing(text, DeadlineContext.none());
  }

  @Property(tries = 500)
  void noStringOfDeadlineFragmentsMakesTheParserThrow(@ForAll("fragmentTexts") String text) {
    assertReadsWithoutFailing(text, PLAN_2023_2025);
    assertReadsWithoutFailing(text, DeadlineContext.none());
  }

  @Provide
  Arbitrary<String> fragmentTexts() {
    Arbitrary<String> cyrillic = Arbitraries.strings().withCharRange('\u0400', '\u04FF')
        .ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> fragment = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.of(FRAGMENTS)),
        net.jqwik.api.Tuple.of(1, cyrillic),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)));
    return fragment.list().ofMaxSize(16)
        .flatMap(parts -> Arbitraries.of(" ", "", "-").map(glue -> String.join(glue, parts)));
  }

  private static void assertReadsWithoutFailing(String text, DeadlineContext context) {
    DeadlineReading reading = DeadlineParser.read(text, context);

    assertThat(reading.deadline().text()).isEqualTo(text);
    if (reading instanceof DeadlineReading.NotUnderstood refused) {
      assertThat(refused.reason()).doesNotContain("internal error").isNotBlank();
    } else {
      assertThat(reading.deadline().windows()).isNotEmpty();
    }
  }

  @Property(tries = 500)
  void theCanonicalFormReadsBackToTheSameDeadline(@ForAll("deadlines") Deadline deadline) {
    String canonical = CanonicalForm.canonical(deadline);

    DeadlineReading reading = DeadlineParser.read(canonical, DeadlineContext.none());

    assertThat(reading).as(canonical).isInstanceOf(DeadlineReading.Understood.class);
    Deadline again = reading.deadline();
    assertThat(again.text()).isEqualTo(canonical);
    assertThat(again.windows()).isEqualTo(deadline.windows());
    assertThat(again.durationDays()).isEqualTo(deadline.durationDays());
    assertThat(again.tentative()).isEqualTo(deadline.tentative());
    assertThat(again.recurrence()).isEmpty();
  }

  @Provide
  Arbitrary<Deadline> deadlines() {
    return Combinators.combine(
            windows().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 60),
            Arbitraries.of(true, false))
        .as((windows, days, tentative) -> {
          Deadline d = Deadline.of("", windows).withTentative(tentative);
          return days == 0 ? d : d.withDurationDays(days);
        });
  }

  private static Arbitrary<Window> windows() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 100)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    Arbitrary<Window> months = Combinators.combine(
            Arbitraries.integers().between(0, 1200), Arbitraries.integers().between(0, 36))
        .as((start, length) -> {
          YearMonth first = YearMonth.of(2000, 1).plusMonths(start);
          return Window.months(first, first.plusMonths(length));
        });
    Arbitrary<Window> days = Combinators.combine(dates, Arbitraries.integers().between(0, 400))
        .as((from, length) -> Window.of(from, from.plusDays(length)));
    return Arbitraries.oneOf(months, days, dates.map(Window::until), dates.map(Window::startingOn));
  }

  @Property(tries = 100)
  void aRecurringDeadlineReadsBackFromItsCanonicalForm(
      @ForAll("recurringWords") String word, @ForAll("planPeriods") YearRange years) {
    Deadline deadline = DeadlineParser.read(word, DeadlineContext.none().withYears(years)).deadline();

    Deadline again = DeadlineParser.read(CanonicalForm.canonical(deadline), DeadlineContext.none())
        .deadline();

    assertThat(again.windows()).isEqualTo(deadline.windows());
    assertThat(again.recurrence()).isEqualTo(deadline.recurrence()).isPresent();
  }

  @Provide
  Arbitrary<String> recurringWords() {
    return Arbitraries.of("ежемесячно", "ай сайын", "monthly", "ежеквартально", "тоқсан сайын",
        "quarterly", "ежегодно", "жыл сайын", "annually");
  }

  @Provide
  Arbitrary<YearRange> planPeriods() {
    return Combinators.combine(Arbitraries.integers().between(1990, 2100),
            Arbitraries.integers().between(0, 5))
        .as((first, length) -> YearRange.of(first, first + length));
  }

  @Property(tries = 300)
  void aKazakhMonthStemWithAnyEndingIsThatMonth(
      @ForAll("kazakhMonths") int month, @ForAll("kazakhEndings") String ending) {
    String[] stems = {"Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз",
        "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"};

    Deadline deadline =
        DeadlineParser.read(stems[month - 1] + ending + " 2024", DeadlineContext.none()).deadline();

    assertThat(deadline.windows()).hasSize(1);
    assertThat(deadline.windows().get(0).from()).contains(LocalDate.of(2024, month, 1));
  }

  @Provide
  Arbitrary<Integer> kazakhMonths() {
    return Arbitraries.integers().between(1, 12);
  }

  @Provide
  Arbitrary<String> kazakhEndings() {
    return Arbitraries.strings().withChars("абвгдежзийклмнопрстуфхыіеәғқңөұүһшы").ofMaxLength(6);
  }
}
