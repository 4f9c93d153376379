package kz.stat.mics.io.report;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ResourceBundle;
import kz.stat.mics.domain.language.Language;

/** The report's words in one language, from the UTF-8 bundles {@code report_kk/ru/en.properties}. */
final class Labels {
  static final String BUNDLE = "kz.stat.mics.io.report.report";

  private final Language language;
  private final ResourceBundle bundle;

  private Labels(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  static Labels of(Language language) {
    // No fallback: a missing bundle is a build mistake, not a reason to show another language.
    return new Labels(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
        Labels.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  Language language() {
    return language;
  }

  /** Every label of this language, by key. */
  ImmutableMap<String, String> all() {
    ImmutableSortedMap.Builder<String, String> out = ImmutableSortedMap.naturalOrder();
    for (String key : bundle.keySet()) {
      out.put(key, bundle.getString(key));
    }
    return out.build();
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... args) {
    return new MessageFormat(get(key), language.locale()).format(args);
  }

  String month(YearMonth m) {
    return get("month." + m.getMonthValue());
  }

  String shortMonth(YearMonth m) {
    return get("monthShort." + m.getMonthValue());
  }

  /** "1 October 2024", "1 октября 2024 г.", "2024 жылғы 1 қазан". */
  String date(LocalDate d) {
    return format("date.long", Integer.toString(d.getDayOfMonth()),
        get("monthOf." + d.getMonthValue()), Integer.toString(d.getYear()));
  }
}
