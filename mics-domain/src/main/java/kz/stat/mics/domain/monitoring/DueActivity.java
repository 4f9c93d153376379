package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.progress.Status;

/** An activity that is still open, with its due date and where it stands. */
public record DueActivity(Activity activity, LocalDate due, Status status) {
  public DueActivity {
    checkNotNull(activity, "activity");
    checkNotNull(due, "due");
    checkNotNull(status, "status");
  }
}
