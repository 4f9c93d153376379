package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A span of days within which an activity is carried out: a first and a last day, either of which may
 * be open ("by 15 March 2024" has no first day; "from 1 March 2024" has no last day).
 */
public record Window(Optional<LocalDate> from, Optional<LocalDate> to) {
  public Window {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(from.isPresent() || to.isPresent(), "a window needs at least one side");
    if (from.isPresent() && to.isPresent()) {
      checkArgument(!to.get().isBefore(from.get()), "window ends before it starts: %s..%s",
          from.get(), to.get());
    }
  }

  /** A closed window from {@code from} to {@code to}, both included. */
  public static Window of(LocalDate from, LocalDate to) {
    return new Window(Optional.of(from), Optional.of(to));
  }

  /** A window open at the start: "by {@code to}". */
  public static Window until(LocalDate to) {
    return new Window(Optional.empty(), Optional.of(to));
  }

  /** A window open at the end: "from {@code from}". */
  public static Window startingOn(LocalDate from) {
    return new Window(Optional.of(from), Optional.empty());
  }

  /** The whole of one month. */
  public static Window month(YearMonth month) {
    return of(month.atDay(1), month.atEndOfMonth());
  }

  /** From the first day of {@code first} to the last day of {@code last}. */
  public static Window months(YearMonth first, YearMonth last) {
    return of(first.atDay(1), last.atEndOfMonth());
  }

  /** A single day. */
  public static Window day(LocalDate day) {
    return of(day, day);
  }

  public boolean isClosed() {
    return from.isPresent() && to.isPresent();
  }

  /** Whether {@code date} falls within this window, taking open sides as unbounded. */
  public boolean contains(LocalDate date) {
    return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** The number of days in a closed window, both ends counted. */
  public Optional<Long> lengthInDays() {
    if (!isClosed()) {
      return Optional.empty();
    }
    return Optional.of(java.time.temporal.ChronoUnit.DAYS.between(from.get(), to.get()) + 1);
  }

  @Override
  public String toString() {
    return from.map(LocalDate::toString).orElse("") + ".." + to.map(LocalDate::toString).orElse("");
  }
}
