package kz.stat.mics.domain.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A request to record progress on one activity: its new status, the day it took effect, who reports
 * it and a note.
 */
public record ProgressChange(String activityCode, Status status, LocalDate on, String actor,
    String note) {
  public ProgressChange {
    checkNotNull(activityCode, "activityCode");
    checkNotNull(status, "status");
    checkNotNull(on, "on");
    checkNotNull(actor, "actor");
    checkNotNull(note, "note");
    activityCode = activityCode.trim();
    checkArgument(!activityCode.isEmpty(), "activity code is blank");
  }
}
