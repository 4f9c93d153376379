package kz.stat.mics.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@link LocalDate#parse(CharSequence)} for the dates the formats write (2024-03-31), without the
 * general formatter on that common shape: any other text, and a date that does not exist, goes to
 * {@code LocalDate.parse}, so the answers and the exceptions are the same. A date outside the
 * years 1 to 9999 (such as {@code +10000-01-01} or {@code 0000-01-01}) is refused as well: no
 * format writes one, and the store's text form has no place for it.
 */
public final class IsoDates {
  private IsoDates() {}

  /**
   * The date written as {@code yyyy-MM-dd}.
   *
   * @throws java.time.format.DateTimeParseException as {@code LocalDate.parse} throws it
   */
  public static LocalDate parse(String text) {
    LocalDate date = read(text);
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new DateTimeParseException("Text '" + text + "' is a date outside the years 1 to 9999",
          text, 0);
    }
    return date;
  }

  private static LocalDate read(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // not a date: LocalDate.parse says so in its own words
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The ASCII digits from {@code from} to {@code to} as a number, or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
