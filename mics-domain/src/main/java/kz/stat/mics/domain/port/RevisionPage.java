package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * A page of a stored revision's activities in document order, with what its heading names: the
 * revision, when it was saved, and the plan's title, language and period.
 *
 * @param key the plan's key
 * @param revision the revision's number
 * @param savedAt when the revision was saved
 * @param title the plan's title in that revision
 * @param language the plan's language
 * @param period the years the plan covers
 * @param activities the page of activities, each with its section, and how many there are
 */
public record RevisionPage(PlanKey key, int revision, Instant savedAt, String title,
    Language language, YearRange period, Page<PlacedActivity> activities) {
  public RevisionPage {
    checkNotNull(key, "key");
    checkNotNull(savedAt, "savedAt");
    checkNotNull(title, "title");
    checkNotNull(language, "language");
    checkNotNull(period, "period");
    checkNotNull(activities, "activities");
  }
}
