package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.PlanKey;

/** What saving a plan did: the revision that now holds it, and whether that revision is new. */
public record SavedRevision(PlanKey key, int revision, boolean created) {
  public SavedRevision {
    checkNotNull(key, "key");
  }
}
