package kz.stat.mics.app.cli;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.progress.Status;

/**
 * The words of the terminal views in one language: the labels of the HTML report, looked up by
 * their keys, with numbers of things in the language's plural forms.
 */
final class Words {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm x",
      Locale.ROOT);

  private final Language language;
  private final ImmutableMap<String, String> labels;

  Words(Language language, Map<String, String> labels) {
    this.language = language;
    this.labels = ImmutableMap.copyOf(labels);
  }

  Language language() {
    return language;
  }

  String get(String key) {
    String label = labels.get(key);
    checkArgument(label != null, "no label %s in %s", key, language);
    return label;
  }

  /** A label with its {0}, {1}... filled in with the texts of {@code args}, as given. */
  String format(String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(get(key), language.locale()).format(texts);
  }

  /** A whole number as the language groups its digits: 1,234 in English, 1 234 in Russian. */
  String number(long n) {
    return NumberFormat.getIntegerInstance(language.locale()).format(n);
  }

  /** "1 finding", "2 findings"; "1 замечание", "3 замечания", "5 замечаний"; "5 ескерту". */
  String count(String noun, long n) {
    String key = "count.n." + noun + "." + plural(n);
    return format(labels.containsKey(key) ? key : "count.n." + noun + ".other", n);
  }

  /**
   * The plural form a number takes: English has one and other; Russian one (1, 21, 101), few (2-4,
   * 22-24) and many (0, 5-20, 25-30, 11-14); Kazakh nouns after a number do not change.
   */
  String plural(long n) {
    long abs = Math.abs(n);
    return switch (language) {
      case EN -> abs == 1 ? "one" : "other";
      case KK -> "other";
      case RU -> {
        long ten = abs % 10;
        long hundred = abs % 100;
        if (ten == 1 && hundred != 11) {
          yield "one";
        }
        yield ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "few" : "many";
      }
    };
  }

  String status(Status status) {
    return get("status." + status.name());
  }

  /** Where the money comes from: the source's label, or the plan's own words when it is other. */
  String financing(Activity activity) {
    FinancingSource source = activity.financing().source();
    return source == FinancingSource.OTHER && !activity.financing().text().isBlank()
        ? activity.financing().text() : source(source);
  }

  String source(FinancingSource source) {
    return get("source." + source.name());
  }

  /** A moment as people read it: "2026-12-01 11:08 +05", in {@code zone}. */
  static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }
}
