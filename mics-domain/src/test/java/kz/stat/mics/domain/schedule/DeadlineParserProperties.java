package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the deadline parser: it never throws, it reads its own canonical form back, and every
 * word of a text counts: a word it cannot place leaves the deadline unread.
 */
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

  /** Deadlines of all three languages that are read into windows, each word separated by a space. */
  private static final List<String> VALID_DEADLINES = List.of(
      "Ақпан 2023", "Наурыз-сәуір 2024, қыркүйек-қараша 2024", "Наурыз 2023 \u2013сәуір 2025",
      "Маусым 2023 (10 күн)", "Қаңтар-Наурыз 2025 (нақтылануда)", "Наурыз, қыркүйек 2024",
      "2024 жылғы 15 наурызға дейін", "2024 жылғы қаңтардан бастап 2025 жылғы наурызға дейін",
      "2025 жылдың бірінші жартыжылдығы", "2024 жылдың соңына дейін",
      "наурыздың бірінші онкүндігі 2024", "2024 жылғы наурыздың басы", "жыл бойы",
      "до 15 марта 2024 г.", "с 1 по 20 апреля 2024 г.", "IV квартал 2023 г.",
      "во втором полугодии 2024 года", "в течение 2024 года", "не позднее конца 2024 года",
      "в I декаде марта 2024", "конец марта – начало апреля 2024", "ежеквартально",
      "с 25 декабря 2023 по 5 января", "15.03.2024", "2024, март-май",
      "July, 2013 to December, 2014", "March 15, 2024", "by the end of Q1 2025",
      "first ten days of March 2024", "mid-2024", "from 1 March 2024", "Q1-Q2 2024",
      "January-March 2025 (to be confirmed)", "June 2023 (10 working days)", "during the year");

  private static final Set<String> KNOWN_CONSONANT_WORDS = Set.of("tbc", "tbd", "qtr");

  @Property(tries = 1000)
  void aWordThatIsNoDeadlineWordLeavesTheDeadlineUnread(
      @ForAll("validDeadlines") String deadline, @ForAll("unknownWords") String word,
      @ForAll("positions") int where) {
    String text = inserted(deadline, word, where);

    DeadlineReading reading = DeadlineParser.read(text, PLAN_2023_2025);

    assertThat(reading).as(text).isInstanceOf(DeadlineReading.NotUnderstood.class);
    // The reason names the word, or the word of a phrase it split ("first ten bbb days").
    assertThat(((DeadlineReading.NotUnderstood) reading).reason()).as(text)
        .matches("unknown (word|month) \".+\"");
  }

  @Property(tries = 1000)
  void aYearAddedAnywhereIsReadIntoTheWindowsOrRefused(
      @ForAll("validDeadlines") String deadline, @ForAll("years") int year,
      @ForAll("positions") int where) {
    String text = inserted(deadline, Integer.toString(year), where);

    DeadlineReading reading = DeadlineParser.read(text, PLAN_2023_2025);

    if (reading instanceof DeadlineReading.Understood understood) {
      LocalDate first = LocalDate.of(year, 1, 1);
      LocalDate last = LocalDate.of(year, 12, 31);
      assertThat(understood.deadline().windows()).as(text).anySatisfy(w -> {
        assertThat(w.from().map(f -> !f.isAfter(last)).orElse(true)).isTrue();
        assertThat(w.to().map(t -> !t.isBefore(first)).orElse(true)).isTrue();
      });
    }
  }

  @Property(tries = 50)
  void everyValidDeadlineIsReadAsItStands(@ForAll("validDeadlines") String deadline) {
    assertThat(DeadlineParser.read(deadline, PLAN_2023_2025)).as(deadline)
        .isInstanceOf(DeadlineReading.Understood.class);
  }

  /** {@code deadline} with {@code word} put between two of its words, or first, or last. */
  private static String inserted(String deadline, String word, int where) {
    List<String> words = new ArrayList<>(Arrays.asList(deadline.split(" ")));
    words.add(where % (words.size() + 1), word);
    return String.join(" ", words);
  }

  @Provide
  Arbitrary<String> validDeadlines() {
    return Arbitraries.of(VALID_DEADLINES);
  }

  /** Words of consonants only, Latin or Cyrillic: no language the parser reads has them. */
  @Provide
  Arbitrary<String> unknownWords() {
    Arbitrary<String> latin = Arbitraries.strings().withChars("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")
        .ofMinLength(3).ofMaxLength(8);
    Arbitrary<String> cyrillic = Arbitraries.strings()
        .withChars("бвгджзклмнпрстфхцчшщғқңһБВГДЖЗКЛМНПРСТФХЦЧШЩҒҚҢҺ").ofMinLength(3).ofMaxLength(8);
    return Arbitraries.oneOf(latin, cyrillic)
        .filter(w -> !KNOWN_CONSONANT_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)));
  }

  /** Years that none of the valid deadlines names. */
  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1990, 2012),
        Arbitraries.integers().between(2026, 2099));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1000);
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
