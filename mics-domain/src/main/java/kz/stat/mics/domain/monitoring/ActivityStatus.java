package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.progress.Status;

/** An activity with where it stands on the day a view looks from. */
public record ActivityStatus(Activity activity, Status status) {
  public ActivityStatus {
    checkNotNull(activity, "activity");
    checkNotNull(status, "status");
  }
}
