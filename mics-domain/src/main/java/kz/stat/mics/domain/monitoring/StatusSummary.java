package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * The one-screen summary of a plan as of a date. The counts by status (done, in progress, planned,
 * cancelled) add up to the number of activities; overdue and due soon are counted across them.
 */
public record StatusSummary(
    LocalDate asOf,
    int activities,
    int done,
    int inProgress,
    int planned,
    int cancelled,
    int overdue,
    int dueSoon,
    ImmutableList<OverdueActivity> overdueList,
    ImmutableList<DueActivity> dueSoonList,
    ImmutableList<UpcomingActivity> startsNext) {

  public StatusSummary {
    checkNotNull(asOf, "asOf");
    overdueList = ImmutableList.copyOf(overdueList);
    dueSoonList = ImmutableList.copyOf(dueSoonList);
    startsNext = ImmutableList.copyOf(startsNext);
  }
}
