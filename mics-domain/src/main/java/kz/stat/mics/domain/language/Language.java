package kz.stat.mics.domain.language;

import java.util.Locale;
import java.util.Optional;

/** A language a plan is written in, and the language of its labels: Kazakh, Russian or English. */
public enum Language {
  KK("kk"),
  RU("ru"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code: {@code kk}, {@code ru} or {@code en}. */
  public String code() {
    return code;
  }

  /** The language for an ISO 639-1 code, in any letter case. */
  public static Optional<Language> ofCode(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }
}
