package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import kz.stat.mics.domain.plan.Activity;

/** An activity done after its due date, and by how many days. */
public record LateActivity(Activity activity, LocalDate due, LocalDate finished, long daysLate) {
  public LateActivity {
    checkNotNull(activity, "activity");
    checkNotNull(due, "due");
    checkNotNull(finished, "finished");
    checkArgument(daysLate > 0, "a late activity is at least one day late");
  }
}
