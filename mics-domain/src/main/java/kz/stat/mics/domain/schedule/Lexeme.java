package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One piece of a deadline text: its meaning, a number that goes with it (a month, a year, an
 * ordinal), what else it stands for (a day, a month of a year, a recurrence, a part of a period), its text as written and
 * looked up, and where it stands in the text.
 *
 * @param fromCase a Kazakh month or year in the ablative case ("наурыздан", "2023 жылдан"): "from"
 * @param spaceBefore whether space separates it from the piece before (an ISO date has none)
 */
record Lexeme(
    Term term, int value, boolean fromCase, Datum datum, String raw, String key, int start,
    int end, boolean spaceBefore) {

  /** What a piece stands for beyond its term and number. */
  sealed interface Datum {
    /** Nothing more: the term and its number say it all. */
    Datum NONE = new None();

    /** Nothing more. */
    record None() implements Datum {}

    /** A day written in digits: "15.03.2024". */
    record Day(LocalDate date) implements Datum {}

    /** A month written in digits: "03.2024". */
    record MonthOfYear(YearMonth month) implements Datum {}

    /** A recurrence word: "ежеквартально". */
    record Repeats(Recurrence recurrence) implements Datum {}

    /** A word for the beginning, middle or end of a period: "конец". */
    record Part(Stage stage) implements Datum {}
  }

  static Lexeme of(Term term, int value, String raw, String key, int start, int end,
      boolean spaceBefore) {
    return new Lexeme(term, value, false, Datum.NONE, raw, key, start, end, spaceBefore);
  }

  Lexeme as(Term newTerm, int newValue, boolean newFromCase) {
    return new Lexeme(newTerm, newValue, newFromCase, datum, raw, key, start, end, spaceBefore);
  }

  Lexeme as(Term newTerm, Datum newDatum) {
    return new Lexeme(newTerm, 0, false, newDatum, raw, key, start, end, spaceBefore);
  }

  /** The day of a {@link Term#DATE}. */
  LocalDate date() {
    checkState(datum instanceof Datum.Day, "not a day: %s", this);
    return ((Datum.Day) datum).date();
  }

  /** The month of a {@link Term#MONTH_DATE}. */
  YearMonth yearMonth() {
    checkState(datum instanceof Datum.MonthOfYear, "not a month of a year: %s", this);
    return ((Datum.MonthOfYear) datum).month();
  }

  /** The recurrence of a {@link Term#RECURRENCE}. */
  Recurrence recurrence() {
    checkState(datum instanceof Datum.Repeats, "not a recurrence: %s", this);
    return ((Datum.Repeats) datum).recurrence();
  }

  /** The stage a {@link Term#PORTION} names. */
  Stage stage() {
    checkState(datum instanceof Datum.Part, "not a part of a period: %s", this);
    return ((Datum.Part) datum).stage();
  }

  /** The number of digits of a {@link Term#NUMBER}. */
  int digits() {
    return raw.length();
  }

  boolean is(Term t) {
    return term == t;
  }

  boolean isYearNumber() {
    return term == Term.NUMBER && raw.length() == 4;
  }

  boolean isSmallNumber() {
    return term == Term.NUMBER && raw.length() <= 2;
  }
}
