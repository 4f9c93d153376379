package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.Activity;

/**
 * An activity of a stored revision with the section it is listed under, as a page of the revision
 * shows it.
 *
 * @param sectionNumber the section's number, such as {@code 11}
 * @param sectionTitle the section's title
 * @param activity the activity
 */
public record PlacedActivity(String sectionNumber, String sectionTitle, Activity activity) {
  public PlacedActivity {
    checkNotNull(sectionNumber, "sectionNumber");
    checkNotNull(sectionTitle, "sectionTitle");
    checkNotNull(activity, "activity");
  }
}
