package kz.stat.mics.io.schedule;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.schedule.YearRange;
import net.sf.mpxj.FieldType;
import net.sf.mpxj.ResourceField;
import net.sf.mpxj.TaskField;

/**
 * Where a plan's fields go in a schedule: the custom fields mics writes, each under an alias that the
 * reader looks for, and the project keywords that keep the plan's language and years.
 */
final class ScheduleFields {
  static final FieldType COMPLETION_FORM = TaskField.TEXT1;
  static final FieldType FINANCING = TaskField.TEXT2;
  static final FieldType DEADLINE_TEXT = TaskField.TEXT3;
  static final FieldType LEAD = TaskField.TEXT4;
  static final FieldType TENTATIVE = TaskField.FLAG1;
  static final FieldType DURATION_DAYS = TaskField.NUMBER1;
  static final FieldType FULL_NAME = ResourceField.TEXT1;

  static final String COMPLETION_FORM_ALIAS = "Completion form";
  static final String FINANCING_ALIAS = "Financing";
  static final String DEADLINE_TEXT_ALIAS = "Deadline text";
  static final String LEAD_ALIAS = "Lead executor";
  static final String TENTATIVE_ALIAS = "Tentative";
  static final String DURATION_DAYS_ALIAS = "Duration days";
  static final String FULL_NAME_ALIAS = "Full name";

  private static final Pattern KEYWORDS =
      Pattern.compile("mics-plan;(kk|ru|en);(\\d{4})-(\\d{4})");

  private ScheduleFields() {}

  /** The project keywords that keep what a schedule has no field for. */
  static String keywords(Language language, YearRange period) {
    return "mics-plan;" + language.code() + ";" + period.first() + "-" + period.last();
  }

  /** The language that mics's keywords name. */
  static Optional<Language> language(String keywords) {
    Matcher m = KEYWORDS.matcher(keywords == null ? "" : keywords);
    return m.find() ? Language.ofCode(m.group(1)) : Optional.empty();
  }

  /** The years that mics's keywords name. */
  static Optional<YearRange> period(String keywords) {
    Matcher m = KEYWORDS.matcher(keywords == null ? "" : keywords);
    if (!m.find()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(2));
    int last = Integer.parseInt(m.group(3));
    return YearRange.isValidYear(first) && YearRange.isValidYear(last) && first <= last
        ? Optional.of(YearRange.of(first, last)) : Optional.empty();
  }

  /** Kazakh letters make a text Kazakh, other Cyrillic Russian, anything else English. */
  static Language guessLanguage(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.matches("(?s).*[әғқңөұүһі].*")) {
      return Language.KK;
    }
    if (t.matches("(?s).*[а-яё].*")) {
      return Language.RU;
    }
    return Language.EN;
  }
}
