package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import kz.stat.mics.domain.language.Language;

/**
 * What the deadline parser may know beside the text: the document's language, and the years that forms
 * without a year ("в течение года", "ежеквартально") are read against, usually the plan's period.
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
