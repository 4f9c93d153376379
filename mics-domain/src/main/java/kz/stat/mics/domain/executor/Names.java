package kz.stat.mics.domain.executor;

import java.util.Locale;

/** Whitespace and case rules for executor names, shared by the directory and the plan. */
public final class Names {
  private Names() {}

  /** Collapses every run of whitespace (no-break spaces included) to one space and trims. */
  public static String normalize(String text) {
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
  }

  /** The form two names are compared in: normalised, lower case, no spaces at all. */
  public static String key(String text) {
    return normalize(text).toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
