package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.progress.Status;

/** An activity past its due date and neither done nor cancelled, and by how many days. */
public record OverdueActivity(Activity activity, LocalDate due, Status status, long daysOverdue) {
  public OverdueActivity {
    checkNotNull(activity, "activity");
    checkNotNull(due, "due");
    checkNotNull(status, "status");
    checkArgument(daysOverdue > 0, "an overdue activity is at least one day overdue");
  }
}
