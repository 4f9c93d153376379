package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When an activity is to be done: the text as the plan writes it, the windows it was read as, an
 * optional duration in days, a tentative flag and an optional recurrence. A deadline with no window is
 * unresolved: its text could not be read, or it needs a context it did not have.
 */
public record Deadline(
    String text,
    ImmutableList<Window> windows,
    OptionalInt durationDays,
    boolean tentative,
    Optional<Recurrence> recurrence) {

  public Deadline {
    checkNotNull(text, "text");
    windows = ImmutableList.copyOf(windows);
    checkNotNull(durationDays, "durationDays");
    checkNotNull(recurrence, "recurrence");
    durationDays.ifPresent(d -> checkArgument(d > 0, "duration must be positive: %s", d));
  }

  public static Deadline of(String text, List<Window> windows) {
    return new Deadline(text, ImmutableList.copyOf(windows), OptionalInt.empty(), false,
        Optional.empty());
  }

  /** A deadline whose text could not be turned into windows. */
  public static Deadline unresolved(String text) {
    return new Deadline(text, ImmutableList.of(), OptionalInt.empty(), false, Optional.empty());
  }

  public Deadline withDurationDays(int days) {
    return new Deadline(text, windows, OptionalInt.of(days), tentative, recurrence);
  }

  public Deadline withTentative(boolean value) {
    return new Deadline(text, windows, durationDays, value, recurrence);
  }

  public Deadline withRecurrence(Recurrence value) {
    return new Deadline(text, windows, durationDays, tentative, Optional.of(value));
  }

  public Deadline withText(String value) {
    return new Deadline(value, windows, durationDays, tentative, recurrence);
  }

  /** Whether the text was read into at least one window. */
  public boolean isResolved() {
    return !windows.isEmpty();
  }

  /** The due date: the last day of the last window, when that window has one. */
  public Optional<LocalDate> due() {
    return windows.isEmpty() ? Optional.empty() : windows.get(windows.size() - 1).to();
  }

  /** The first day of the first window, when it has one. */
  public Optional<LocalDate> start() {
    return windows.isEmpty() ? Optional.empty() : windows.get(0).from();
  }

  /** Whether {@code date} falls in any window. */
  public boolean covers(LocalDate date) {
    return windows.stream().anyMatch(w -> w.contains(date));
  }
}
