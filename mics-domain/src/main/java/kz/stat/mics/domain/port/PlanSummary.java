package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import kz.stat.mics.domain.plan.PlanKey;

/** A line of the store's plan list: key, title, latest revision and when it was saved. */
public record PlanSummary(PlanKey key, String title, int latestRevision, Instant savedAt,
    int activities) {
  public PlanSummary {
    checkNotNull(key, "key");
    checkNotNull(title, "title");
    checkNotNull(savedAt, "savedAt");
  }
}
