package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One section of a plan summed up as of a day: how many of its activities stand at each status
 * then, and how many are overdue.
 *
 * @param number the section's number
 * @param title the section's title
 * @param activities how many activities the section lists
 * @param done how many are done by the progress known that day
 * @param inProgress how many are in progress then
 * @param planned how many are still planned then
 * @param cancelled how many are cancelled then
 * @param overdue how many are due before that day and neither done nor cancelled then
 */
public record SectionStatus(String number, String title, int activities, int done,
    int inProgress, int planned, int cancelled, int overdue) {
  public SectionStatus {
    checkNotNull(number, "number");
    checkNotNull(title, "title");
    checkArgument(done + inProgress + planned + cancelled == activities,
        "section %s: the statuses add up to %s, not %s", number,
        done + inProgress + planned + cancelled, activities);
    checkArgument(overdue >= 0 && overdue <= activities, "section %s: %s overdue of %s", number,
        overdue, activities);
  }

  /** The share of the section's activities that are done, in whole percent rounded down. */
  public int percentDone() {
    return activities == 0 ? 0 : (int) (100L * done / activities);
  }
}
