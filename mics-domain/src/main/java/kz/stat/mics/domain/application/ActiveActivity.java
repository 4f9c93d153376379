package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.progress.Status;

/** An activity scheduled on a day, with its status as of that day. */
public record ActiveActivity(Activity activity, Status status) {
  public ActiveActivity {
    checkNotNull(activity, "activity");
    checkNotNull(status, "status");
  }
}
