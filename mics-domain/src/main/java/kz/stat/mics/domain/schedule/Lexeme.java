package kz.stat.mics.domain.schedule;

/**
 * One piece of a deadline text: its meaning, a number that goes with it (a month, a year, an
 * ordinal), its text as written and looked up, and where it stands in the text.
 *
 * @param fromCase a Kazakh month or year in the ablative case ("наурыздан", "2023 жылдан"): "from"
 * @param spaceBefore whether space separates it from the piece before (an ISO date has none)
 */
record Lexeme(
    Term term, int value, boolean fromCase, String raw, String key, int start, int end,
    boolean spaceBefore) {

  Lexeme as(Term newTerm, int newValue, boolean newFromCase) {
    return new Lexeme(newTerm, newValue, newFromCase, raw, key, start, end, spaceBefore);
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
