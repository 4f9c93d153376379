package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import kz.stat.mics.domain.language.Language;

/**
 * What the deadline parser may know beside the text: the document's language, and the years that forms
 * without a year ("в течение года", "ежеквартально") are read against, usually the plan's period.
 *
 * <p>The language is a hint for what the languages write differently. Their words never clash: no
 * word of the parser's means one date in one language and another in the next ("май" is also Kazakh
 * for "fat", "сен" Kazakh for "you", but neither is a date there). Slash dates do: Kazakh and Russian
 * write the day first, English either way, so with {@link Language#EN} "03/25/2024" is 25 March and
 * "03/04/2024" is refused as either 3 April or 4 March; with any other language, or none, the day
 * comes first.
 */
public record DeadlineContext(Optional<Language> language, Optional<YearRange> years) {
  public DeadlineContext {
    checkNotNull(language, "language");
    checkNotNull(years, "years");
  }

  /** No context: the text must carry its own years. */
  public static DeadlineContext none() {
    return new DeadlineContext(Optional.empty(), Optional.empty());
  }

  public static DeadlineContext of(Language language) {
    return new DeadlineContext(Optional.of(language), Optional.empty());
  }

  public DeadlineContext withYears(YearRange value) {
    return new DeadlineContext(language, Optional.of(value));
  }

  public DeadlineContext withLanguage(Language value) {
    return new DeadlineContext(Optional.of(value), years);
  }
}
