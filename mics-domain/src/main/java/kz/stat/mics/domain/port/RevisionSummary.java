package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/** What a revision list shows of one revision: its number, when it was saved, title and size. */
public record RevisionSummary(int number, Instant savedAt, String title, int activities) {
  public RevisionSummary {
    checkArgument(number >= 1, "revision numbers start at 1: %s", number);
    checkNotNull(savedAt, "savedAt");
    checkNotNull(title, "title");
    checkArgument(activities >= 0, "activities: %s", activities);
  }
}
