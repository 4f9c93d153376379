package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;

/** What a view names of a stored plan's latest revision, read without its activities. */
public record PlanHeader(PlanKey key, int revision, String title, Language language,
    int activities) {
  public PlanHeader {
    checkNotNull(key, "key");
    checkArgument(revision >= 1, "a revision number is 1 or more: %s", revision);
    checkNotNull(title, "title");
    checkNotNull(language, "language");
    checkArgument(activities >= 0, "activities cannot be negative");
  }
}
