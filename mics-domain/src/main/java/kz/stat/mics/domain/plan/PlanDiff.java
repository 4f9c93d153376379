package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;

/**
 * What changed from one version of a plan to another: the activity codes added and removed, and each
 * changed field of the activities both have (a code listed twice is compared by its first row).
 * Changes to the plan itself (title, period, language, executor directory, section titles,
 * precedences) come first, with an empty code.
 */
public record PlanDiff(ImmutableList<String> added, ImmutableList<String> removed,
    ImmutableList<Change> changes) {

  /** The code of a {@link Change} to the plan itself rather than to an activity. */
  public static final String PLAN = "";

  public PlanDiff {
    added = ImmutableList.copyOf(added);
    removed = ImmutableList.copyOf(removed);
    changes = ImmutableList.copyOf(changes);
  }

  /** One field of one activity (or of the plan, code {@link #PLAN}) as it was and as it is. */
  public record Change(String code, String field, String before, String after) {
    public Change {
      checkNotNull(code, "code");
      checkNotNull(field, "field");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
    }
  }

  /** What changed from {@code before} to {@code after}. */
  public static PlanDiff between(ActionPlan before, ActionPlan after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    Map<String, Placed> was = placed(before);
    Map<String, Placed> is = placed(after);
    Set<String> oldCodes = was.keySet();
    Set<String> newCodes = is.keySet();
    List<Change> changes = new ArrayList<>();
    field(changes, PLAN, "title", before.title(), after.title());
    field(changes, PLAN, "period", before.period().toString(), after.period().toString());
    field(changes, PLAN, "language", before.language().code(), after.language().code());
    executors(changes, before, after);
    sections(changes, before, after);
    field(changes, PLAN, "precedences", precedences(before), precedences(after));
    for (String code : newCodes) {
      if (!oldCodes.contains(code)) {
        continue;
      }
      Activity a = was.get(code).activity();
      Activity b = is.get(code).activity();
      field(changes, code, "title", a.title(), b.title());
      field(changes, code, "responsible", String.join(", ", a.responsible()),
          String.join(", ", b.responsible()));
      field(changes, code, "section", was.get(code).section(), is.get(code).section());
      if (!a.deadline().equals(b.deadline())) {
        changes.add(new Change(code, "deadline", describe(a.deadline()), describe(b.deadline())));
      }
      field(changes, code, "completionForm", a.completionForm(), b.completionForm());
      if (!a.financing().equals(b.financing())) {
        changes.add(new Change(code, "financing", describe(a.financing()),
            describe(b.financing())));
      }
    }
    return new PlanDiff(
        newCodes.stream().filter(c -> !oldCodes.contains(c)).collect(ImmutableList.toImmutableList()),
        oldCodes.stream().filter(c -> !newCodes.contains(c)).collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(changes));
  }

  /** Whether the two versions are the same in everything compared here. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changes.isEmpty();
  }

  /** An activity and the number of the section that holds it. */
  private record Placed(Activity activity, String section) {}

  /**
   * The first activity of each code with its section, in document order: one pass, so that
   * comparing two plans costs their size rather than its square.
   */
  private static Map<String, Placed> placed(ActionPlan plan) {
    Map<String, Placed> placed = new LinkedHashMap<>();
    for (Section s : plan.sections()) {
      for (Activity a : s.activities()) {
        placed.putIfAbsent(a.code(), new Placed(a, s.number()));
      }
    }
    return placed;
  }

  private static void field(List<Change> changes, String code, String field, String before,
      String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(code, field, before, after));
    }
  }

  /** Executors added to, removed from or renamed in the directory, by code. */
  private static void executors(List<Change> changes, ActionPlan before, ActionPlan after) {
    for (Executor e : before.executors().entries()) {
      field(changes, PLAN, "executor " + e.code(), e.name(),
          after.executors().byCode(e.code()).map(Executor::name).orElse(""));
    }
    for (Executor e : after.executors().entries()) {
      if (before.executors().byCode(e.code()).isEmpty()) {
        field(changes, PLAN, "executor " + e.code(), "", e.name());
      }
    }
  }

  /** Sections added, removed or retitled, by number. */
  private static void sections(List<Change> changes, ActionPlan before, ActionPlan after) {
    Map<String, String> was = new LinkedHashMap<>();
    before.sections().forEach(s -> was.putIfAbsent(s.number(), s.title()));
    Map<String, String> is = new LinkedHashMap<>();
    after.sections().forEach(s -> is.putIfAbsent(s.number(), s.title()));
    for (Map.Entry<String, String> e : was.entrySet()) {
      field(changes, PLAN, "section " + e.getKey(), e.getValue(), is.getOrDefault(e.getKey(), ""));
    }
    for (Map.Entry<String, String> e : is.entrySet()) {
      if (!was.containsKey(e.getKey())) {
        field(changes, PLAN, "section " + e.getKey(), "", e.getValue());
      }
    }
  }

  private static String precedences(ActionPlan plan) {
    // a set: the same constraints listed in another order are no change
    return plan.precedences().stream().map(p -> p.before() + " before " + p.after())
        .distinct().sorted().collect(Collectors.joining(", "));
  }

  /**
   * "Наурыз 2023 [2023-03-01..2023-03-31]": the text, the windows it was read as, and its duration,
   * tentative flag and recurrence where it has them.
   */
  private static String describe(Deadline d) {
    StringBuilder b = new StringBuilder(d.text());
    if (!d.windows().isEmpty()) {
      b.append(" [").append(d.windows().stream().map(Window::toString)
          .collect(Collectors.joining(", "))).append(']');
    }
    d.durationDays().ifPresent(n -> b.append(" (").append(n).append(" days)"));
    if (d.tentative()) {
      b.append(" (tentative)");
    }
    d.recurrence().ifPresent(r -> b.append(" (").append(r.name().toLowerCase(java.util.Locale.ROOT))
        .append(')'));
    return b.toString();
  }

  private static String describe(Financing f) {
    return f.text() + " (" + f.source() + ")";
  }
}
