package kz.stat.mics.domain.progress;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where one activity stands, derived from its events: the current status, the actual start (the
 * first day it was in progress or done) and the actual finish (the day it was last marked done, while
 * it still is).
 */
public record ActivityProgress(String activityCode, Status status, Optional<LocalDate> actualStart,
    Optional<LocalDate> actualFinish, ImmutableList<ProgressEvent> events) {

  public ActivityProgress {
    checkNotNull(activityCode, "activityCode");
    checkNotNull(status, "status");
    checkNotNull(actualStart, "actualStart");
    checkNotNull(actualFinish, "actualFinish");
    events = ImmutableList.copyOf(events);
  }

  /** An activity with no event: planned. */
  public static ActivityProgress planned(String code) {
    return new ActivityProgress(code, Status.PLANNED, Optional.empty(), Optional.empty(),
        ImmutableList.of());
  }

  /**
   * Folds the events of one activity into where it stands, in the order of the days they took
   * effect (a step recorded late with an earlier day takes its place in time), then of recording.
   */
  public static ActivityProgress of(String code, List<ProgressEvent> recorded) {
    if (recorded.isEmpty()) {
      return planned(code);
    }
    List<ProgressEvent> events = recorded.stream()
        .sorted(java.util.Comparator.comparing(ProgressEvent::on)
            .thenComparingLong(ProgressEvent::sequence))
        .toList();
    Status status = Status.PLANNED;
    LocalDate start = null;
    LocalDate finish = null;
    for (ProgressEvent e : events) {
      status = e.status();
      if ((e.status() == Status.IN_PROGRESS || e.status() == Status.DONE)
          && (start == null || e.on().isBefore(start))) {
        start = e.on();
      }
      finish = e.status() == Status.DONE ? e.on() : null;
    }
    return new ActivityProgress(code, status, Optional.ofNullable(start),
        Optional.ofNullable(finish), ImmutableList.copyOf(recorded));
  }
}
