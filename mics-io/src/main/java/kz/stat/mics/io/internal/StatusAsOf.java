package kz.stat.mics.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.progress.ActivityProgress;
import kz.stat.mics.domain.progress.Status;

/**
 * Where each activity of an export stands on the export's day, as the monitor folds its progress:
 * the status, the actual dates, and the shade a document gives its row (done green, overdue red, in
 * progress amber, cancelled grey, planned none).
 */
public final class StatusAsOf {
  /** The shade of a row by its status on the day; overdue (open and past due) wins over the rest. */
  public enum Shade {
    DONE("C6EFCE", "state.done"),
    OVERDUE("FFC7CE", "state.overdue"),
    IN_PROGRESS("FFEB9C", "state.in-progress"),
    CANCELLED("D9D9D9", "state.cancelled"),
    PLANNED(null, "state.planned");

    private final String rgb;
    private final String label;

    Shade(String rgb, String label) {
      this.rgb = rgb;
      this.label = label;
    }

    /** The fill as RRGGBB, null for none. */
    public String rgb() {
      return rgb;
    }

    /** The key of its word in the report's labels. */
    public String labelKey() {
      return label;
    }
  }

  private final LocalDate day;
  private final Monitor monitor;
  private final Set<String> overdue;

  private StatusAsOf(LocalDate day, Monitor monitor) {
    this.day = day;
    this.monitor = monitor;
    this.overdue = monitor.overdue(day).stream().map(OverdueActivity::activity)
        .map(Activity::code).collect(Collectors.toUnmodifiableSet());
  }

  /** The export's plan and progress as seen on its day, which it must have. */
  public static StatusAsOf of(ExportedPlan export) {
    checkNotNull(export, "export");
    checkArgument(export.asOf().isPresent(), "an export without a day has no status");
    LocalDate day = export.asOf().get();
    return new StatusAsOf(day, Monitor.of(export.plan(), export.progress()).asOf(day));
  }

  public LocalDate day() {
    return day;
  }

  /** The monitor, limited to what was known on the day. */
  public Monitor monitor() {
    return monitor;
  }

  public ActivityProgress progress(Activity activity) {
    return monitor.progressOf(activity);
  }

  public Shade shade(Activity activity) {
    Status status = monitor.statusOf(activity);
    return switch (status) {
      case DONE -> Shade.DONE;
      case CANCELLED -> Shade.CANCELLED;
      default -> overdue.contains(activity.code()) ? Shade.OVERDUE
          : status == Status.IN_PROGRESS ? Shade.IN_PROGRESS : Shade.PLANNED;
    };
  }

  /** The word for an activity's state on the day, from {@code labels}. */
  public String label(Activity activity, Map<String, String> labels) {
    return labels.get(shade(activity).labelKey());
  }
}
