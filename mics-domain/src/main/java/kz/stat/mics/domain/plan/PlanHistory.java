package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import kz.stat.mics.domain.progress.PlanProgress;

/**
 * All that a store keeps of one plan: every revision in order and every progress event. Exported and
 * imported whole, so that moving a plan between stores loses nothing.
 */
public record PlanHistory(PlanKey key, ImmutableList<Revision> revisions, PlanProgress progress) {
  public PlanHistory {
    checkNotNull(key, "key");
    revisions = ImmutableList.copyOf(revisions);
    checkNotNull(progress, "progress");
    checkArgument(!revisions.isEmpty(), "a plan has at least one revision");
    for (int i = 0; i < revisions.size(); i++) {
      checkArgument(revisions.get(i).number() == i + 1, "revisions must be numbered 1, 2, ...");
    }
  }

  public static PlanHistory of(PlanKey key, List<Revision> revisions, PlanProgress progress) {
    return new PlanHistory(key, ImmutableList.copyOf(revisions), progress);
  }

  public Revision latest() {
    return revisions.get(revisions.size() - 1);
  }
}
