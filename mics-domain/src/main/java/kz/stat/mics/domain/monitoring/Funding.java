package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.FinancingSource;

/** What one financing source pays for: how many activities, and how many activity-months. */
public record Funding(FinancingSource source, int activities, int activityMonths) {
  public Funding {
    checkNotNull(source, "source");
    checkArgument(activities >= 0 && activityMonths >= 0, "counts cannot be negative");
  }
}
