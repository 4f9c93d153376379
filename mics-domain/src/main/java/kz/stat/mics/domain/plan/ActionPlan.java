package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * An action plan: its title, the language it is written in, the years it covers, its sections of
 * activities in document order, the executor directory from the note under its table, and the
 * precedence constraints among its activities (none in the document itself; a caller may add them).
 */
public record ActionPlan(
    String title,
    Language language,
    YearRange period,
    ImmutableList<Section> sections,
    ExecutorDirectory executors,
    ImmutableList<Precedence> precedences) {

  public ActionPlan {
    checkNotNull(title, "title");
    checkNotNull(language, "language");
    checkNotNull(period, "period");
    sections = ImmutableList.copyOf(sections);
    checkNotNull(executors, "executors");
    precedences = ImmutableList.copyOf(precedences);
  }

  public static ActionPlan of(String title, Language language, YearRange period,
      List<Section> sections, ExecutorDirectory executors) {
    return new ActionPlan(title, language, period, ImmutableList.copyOf(sections), executors,
        ImmutableList.of());
  }

  public ActionPlan withPrecedences(List<Precedence> value) {
    return new ActionPlan(title, language, period, sections, executors,
        ImmutableList.copyOf(value));
  }

  /** Every activity, in document order. */
  public ImmutableList<Activity> activities() {
    return sections.stream()
        .flatMap(s -> s.activities().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The first activity with this code. */
  public Optional<Activity> activity(String code) {
    String c = code.trim();
    return sections.stream()
        .flatMap(s -> s.activities().stream())
        .filter(a -> a.code().equals(c))
        .findFirst();
  }

  /** The first activity with this code. */
  public Optional<Activity> activity(ActivityCode code) {
    return activity(code.value());
  }

  /** The section that holds the activity with this code. */
  public Optional<Section> sectionOf(String code) {
    String c = code.trim();
    return sections.stream()
        .filter(s -> s.activities().stream().anyMatch(a -> a.code().equals(c)))
        .findFirst();
  }
}
