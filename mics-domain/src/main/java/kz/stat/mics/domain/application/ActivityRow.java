package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.progress.Status;

/**
 * One activity as a list shows it on a day: its section, its status then, its due date and how
 * many days overdue it is (0 when it is not).
 */
public record ActivityRow(Section section, Activity activity, Status status,
    Optional<LocalDate> due, long daysOverdue) {
  public ActivityRow {
    checkNotNull(section, "section");
    checkNotNull(activity, "activity");
    checkNotNull(status, "status");
    checkNotNull(due, "due");
  }

  public boolean overdue() {
    return daysOverdue > 0;
  }
}
