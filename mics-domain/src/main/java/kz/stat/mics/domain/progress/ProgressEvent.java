package kz.stat.mics.domain.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded step of progress, never rewritten: its place in the plan's sequence (1, 2, ...), the
 * activity, the status it set, the day it took effect, when it was recorded, by whom, and a note.
 */
public record ProgressEvent(long sequence, String activityCode, Status status, LocalDate on,
    Instant recordedAt, String actor, String note) {
  public ProgressEvent {
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    checkNotNull(activityCode, "activityCode");
    checkNotNull(status, "status");
    checkNotNull(on, "on");
    checkNotNull(recordedAt, "recordedAt");
    checkNotNull(actor, "actor");
    checkNotNull(note, "note");
  }

  /** The event that recording {@code change} as number {@code sequence} at {@code at} makes. */
  public static ProgressEvent of(long sequence, ProgressChange change, Instant at) {
    return new ProgressEvent(sequence, change.activityCode(), change.status(), change.on(), at,
        change.actor(), change.note());
  }
}
