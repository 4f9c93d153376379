package kz.stat.mics.domain.executor;

import java.util.Locale;

/** Whitespace and case rules for executor names, shared by the directory and the plan. */
public final class Names {
  private Names() {}

  /**
   * Collapses every run of whitespace (no-break spaces included) to one space and trims: the
   * whitespace is {@code [\s\u00A0\u2007\u202F]} of a regular expression, the trimming that of
   * {@link String#trim()}. A text that needs neither is returned as it is.
   */
  public static String normalize(String text) {
    int n = text.length();
    boolean changes = n > 0 && (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ');
    for (int i = 0; i < n && !changes; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) {
        changes = true;
      }
    }
    if (!changes) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i + 1 < n && isSpace(text.charAt(i + 1))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString().trim();
  }

  /** The whitespace of {@link #normalize}: {@code \s} (ASCII) and three no-break spaces. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /** The form two names are compared in: normalised, lower case, no spaces at all. */
  public static String key(String text) {
    return normalize(text).toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
