package kz.stat.mics.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Recurrence;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated plans full of awkward text: quotes, separators, newlines, formula starts, emoji. */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /** Text mixing Kazakh letters, CSV and JSON specials, formula starts and emoji. */
  public static Arbitrary<String> awkwardText() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("ә", "Ғ", "қ", "ң", "Ө", "ұ", "Ү", "һ", "і", "ЖД", "Іс-шара", "MICS",
            "\"", "\"\"", ",", ";", "\n", "\r\n", "\r", "\t", " ", "  ", "=", "+", "-", "@", "'",
            "#", "\\", "{", "}", "[", "]", "..", "😀", "👩‍👩‍👧", "\u00A0", "·", "–"),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(3).filter(PlanArbitraries::wellFormed));
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static Arbitrary<String> nonBlank() {
    return awkwardText().map(s -> "x" + s);
  }

  static Arbitrary<Window> windows() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000)
        .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 400);
    return Combinators.combine(dates, lengths, Arbitraries.integers().between(0, 2))
        .as((from, length, open) -> switch (open) {
          case 0 -> Window.of(from, from.plusDays(length));
          case 1 -> Window.until(from);
          default -> Window.startingOn(from);
        });
  }

  static Arbitrary<Deadline> deadlines() {
    return Combinators.combine(awkwardText(), windows().list().ofMaxSize(3),
            Arbitraries.integers().between(0, 30), Arbitraries.of(true, false),
            Arbitraries.of(Recurrence.class).optional())
        .as((text, ws, days, tentative, recurrence) -> new Deadline(text,
            com.google.common.collect.ImmutableList.copyOf(ws),
            days == 0 ? OptionalInt.empty() : OptionalInt.of(days), tentative, recurrence));
  }

  static Arbitrary<Activity> activities() {
    return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(2),
            nonBlank(), nonBlank().list().ofMaxSize(3), deadlines(), awkwardText(),
            Arbitraries.of(FinancingSource.class), awkwardText())
        .as((n, title, responsible, deadline, form, source, text) -> Activity.of(n + "." + n,
            title, responsible, deadline, form, new Financing(source, text)));
  }

  static Arbitrary<Section> sections() {
    return Combinators.combine(Arbitraries.integers().between(1, 30), awkwardText(),
            activities().list().ofMaxSize(4))
        .as((n, title, list) -> Section.of(Integer.toString(n), title, list));
  }

  /** A whole plan with random text, windows and directory. */
  public static Arbitrary<ActionPlan> plans() {
    Arbitrary<List<Executor>> executors = Combinators.combine(nonBlank(), nonBlank())
        .as(Executor::of).list().ofMaxSize(4).map(list -> {
          List<Executor> unique = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          for (Executor e : list) {
            String key = kz.stat.mics.domain.executor.Names.key(e.code());
            if (!keys.contains(key)) {
              keys.add(key);
              unique.add(e);
            }
          }
          return unique;
        });
    Arbitrary<List<Precedence>> precedences = Combinators.combine(nonBlank(), nonBlank())
        .as(Precedence::of).list().ofMaxSize(2);
    return Combinators.combine(awkwardText(), Arbitraries.of(Language.class),
            Arbitraries.integers().between(2000, 2030), Arbitraries.integers().between(0, 4),
            sections().list().ofMaxSize(4), executors, precedences)
        .as((title, language, first, span, sections, dir, prec) -> ActionPlan.of(title, language,
            YearRange.of(first, first + span), sections, ExecutorDirectory.of(dir))
            .withPrecedences(prec));
  }

}
