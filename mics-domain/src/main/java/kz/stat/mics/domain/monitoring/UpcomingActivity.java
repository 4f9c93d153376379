package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import kz.stat.mics.domain.plan.Activity;

/** An activity not started yet whose first window opens after the as-of date, with that first day. */
public record UpcomingActivity(Activity activity, LocalDate starts) {
  public UpcomingActivity {
    checkNotNull(activity, "activity");
    checkNotNull(starts, "starts");
  }
}
