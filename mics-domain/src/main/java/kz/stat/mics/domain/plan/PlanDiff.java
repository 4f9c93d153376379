package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;

/**
 * What changed from one version of a plan to another: the activity codes added and removed, and each
 * changed field of the activities both have (a code listed twice is compared by its first row).
 * Changes to the plan itself (title, period) come first, with an empty code.
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
    Set<String> oldCodes = codes(before);
    Set<String> newCodes = codes(after);
    List<Change> changes = new ArrayList<>();
    field(changes, PLAN, "title", before.title(), after.title());
    field(changes, PLAN, "period", before.period().toString(), after.period().toString());
    for (String code : newCodes) {
      if (!oldCodes.contains(code)) {
        continue;
      }
      Activity a = before.activity(code).orElseThrow();
      Activity b = after.activity(code).orElseThrow();
      field(changes, code, "title", a.title(), b.title());
      field(changes, code, "responsible", String.join(", ", a.responsible()),
          String.join(", ", b.responsible()));
      if (!a.deadline().text().equals(b.deadline().text())
          || !a.deadline().windows().equals(b.deadline().windows())) {
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

  private static Set<String> codes(ActionPlan plan) {
    Set<String> codes = new LinkedHashSet<>();
    plan.activities().forEach(a -> codes.add(a.code()));
    return codes;
  }

  private static void field(List<Change> changes, String code, String field, String before,
      String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(code, field, before, after));
    }
  }

  /** "Наурыз 2023 [2023-03-01..2023-03-31]": the text, and the windows it was read as. */
  private static String describe(Deadline d) {
    if (d.windows().isEmpty()) {
      return d.text();
    }
    return d.text() + " [" + d.windows().stream().map(Window::toString)
        .collect(Collectors.joining(", ")) + "]";
  }

  private static String describe(Financing f) {
    return f.text() + " (" + f.source() + ")";
  }
}
