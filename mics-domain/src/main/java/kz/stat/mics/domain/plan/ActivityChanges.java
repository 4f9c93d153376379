package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many times each activity changed across the revisions of a plan: the number of revisions in
 * which it differed, field by field, from the revision before. A calendar raises an entry's SEQUENCE
 * by it, so that its clients update the entry rather than duplicate it.
 */
public final class ActivityChanges {
  private ActivityChanges() {}

  /**
   * The change count of every activity that changed at least once, by code; an activity that never
   * changed (or was only added or removed) is absent, read as 0. Each pair of neighbouring revisions
   * is compared once ({@link PlanDiff#between}), so the cost grows with the plans' total size.
   *
   * @param revisions the plan's versions, oldest first
   */
  public static ImmutableMap<String, Integer> count(List<ActionPlan> revisions) {
    checkNotNull(revisions, "revisions");
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 1; i < revisions.size(); i++) {
      PlanDiff diff = PlanDiff.between(revisions.get(i - 1), revisions.get(i));
      diff.changes().stream()
          .map(PlanDiff.Change::code)
          .filter(code -> !code.equals(PlanDiff.PLAN))
          .distinct()
          .forEach(code -> counts.merge(code, 1, Integer::sum));
    }
    return ImmutableMap.copyOf(counts);
  }
}
