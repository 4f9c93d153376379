package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.schedule.DeadlineReading;
import kz.stat.mics.domain.schedule.YearRange;

/** How a deadline text is read, in a language and a year when they are known. */
public final class ReadDeadline {

  /**
   * Reads {@code text}; the language decides what only a language can, and the year dates the
   * forms that give none.
   *
   * @throws IllegalArgumentException when the year is outside {@link YearRange}
   */
  public DeadlineReading read(String text, Optional<Language> language, Optional<Integer> year) {
    checkNotNull(text, "text");
    checkNotNull(language, "language");
    checkNotNull(year, "year");
    year.ifPresent(y -> checkArgument(YearRange.isValidYear(y), "no such year: %s", y));
    return DeadlineParser.read(text, new DeadlineContext(language, year.map(YearRange::single)));
  }
}
