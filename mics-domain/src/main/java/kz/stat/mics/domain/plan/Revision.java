package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/** One stored version of a plan: its number (1, 2, ...), when it was saved, and the plan itself. */
public record Revision(int number, Instant savedAt, ActionPlan plan) {
  public Revision {
    checkArgument(number >= 1, "revision numbers start at 1: %s", number);
    checkNotNull(savedAt, "savedAt");
    checkNotNull(plan, "plan");
  }
}
