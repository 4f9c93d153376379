package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * A range of whole calendar years, such as a plan's period "2023-2025": from the first day of the
 * first year to the last day of the last.
 */
public record YearRange(int first, int last) {
  /** The first year mics knows: plans, deadlines and dates before it are refused. */
  public static final int MIN_YEAR = 1900;
  /** The last year mics knows. */
  public static final int MAX_YEAR = 2999;

  public YearRange {
    checkArgument(isValidYear(first), "year out of range: %s", first);
    checkArgument(last >= first && last <= MAX_YEAR, "bad year range: %s-%s", first, last);
  }

  /** Whether a year is one mics knows, from {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
  public static boolean isValidYear(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  public static YearRange of(int first, int last) {
    return new YearRange(first, last);
  }

  public static YearRange single(int year) {
    return new YearRange(year, year);
  }

  /** The first day of the first year. */
  public LocalDate from() {
    return LocalDate.of(first, 1, 1);
  }

  /** The last day of the last year. */
  public LocalDate to() {
    return LocalDate.of(last, 12, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
