package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * The monitoring views as of a day: the status summary, overdue, due, active and late activities,
 * the workload and the financing. A view reads one snapshot of the store and never writes to it:
 * a document is shown as it is, beside the progress of the plan stored under its key.
 */
public final class PlanViews {
  /** The days "due" looks ahead when no last day is given. */
  public static final int DUE_DAYS = 30;

  private final Plans plans;
  private final PlanDocuments documents;
  private final TimeSource time;

  public PlanViews(Plans plans, PlanDocuments documents, TimeSource time) {
    this.plans = checkNotNull(plans, "plans");
    this.documents = checkNotNull(documents, "documents");
    this.time = checkNotNull(time, "time");
  }

  /** Today, the day a view looks from when none is given. */
  public LocalDate today() {
    return time.today();
  }

  /**
   * The plan a source names, with its progress.
   *
   * @throws UnknownPlanException when a stored plan is named that does not exist
   * @throws PlanDocumentException when a document cannot be read as a plan
   */
  public OpenedPlan open(PlanSource source) {
    checkNotNull(source, "source");
    if (source instanceof PlanSource.Stored s) {
      return plans.snapshot(store -> {
        Revision latest = store.latest(s.key()).orElseThrow(() -> UnknownPlanException.plan(s.key()));
        return new OpenedPlan(s.key(), latest.plan(), store.progress(s.key()),
            OpenedPlan.Origin.STORED, OptionalInt.of(latest.number()));
      });
    }
    PlanSource.Document d = (PlanSource.Document) source;
    ActionPlan plan = plainPlan(d);
    PlanKey key = PlanKey.fromFileName(fileName(d.document().name()));
    return plans.snapshot(store -> store.latest(key)
        .map(latest -> new OpenedPlan(key, plan, store.progress(key),
            latest.plan().equals(plan) ? OpenedPlan.Origin.DOCUMENT_AS_STORED
                : OpenedPlan.Origin.DOCUMENT_CHANGED, OptionalInt.of(latest.number())))
        .orElseGet(() -> new OpenedPlan(key, plan, PlanProgress.none(),
            OpenedPlan.Origin.DOCUMENT_NOT_STORED, OptionalInt.empty())));
  }

  /** The one-screen summary as of {@code asOf}. */
  public Viewed<StatusSummary> status(PlanSource source, LocalDate asOf) {
    return view(source, m -> m.status(asOf));
  }

  /**
   * Every activity of the plan in its order, with its status, due date and days overdue on
   * {@code asOf}.
   */
  public Viewed<List<ActivityRow>> rows(PlanSource source, LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return view(source, m -> {
      java.util.Map<String, Long> overdue = new java.util.HashMap<>();
      m.overdue(asOf).forEach(o -> overdue.merge(o.activity().code(), o.daysOverdue(), Math::max));
      Monitor then = m.asOf(asOf);
      List<ActivityRow> out = new java.util.ArrayList<>();
      for (kz.stat.mics.domain.plan.Section s : m.plan().sections()) {
        for (kz.stat.mics.domain.plan.Activity a : s.activities()) {
          out.add(new ActivityRow(s, a, then.statusOf(a), a.deadline().due(),
              overdue.getOrDefault(a.code(), 0L)));
        }
      }
      return com.google.common.collect.ImmutableList.copyOf(out);
    });
  }

  /** Activities past their due date on {@code asOf} and neither done nor cancelled then. */
  public Viewed<List<OverdueActivity>> overdue(PlanSource source, LocalDate asOf) {
    return view(source, m -> m.overdue(asOf));
  }

  /**
   * Activities due from {@code from} to {@code to} (default: {@value #DUE_DAYS} days later).
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public Viewed<List<DueActivity>> due(PlanSource source, LocalDate from, Optional<LocalDate> to) {
    LocalDate last = to.orElse(from.plusDays(DUE_DAYS));
    checkArgument(!last.isBefore(from), "the last day %s is before the first %s", last, from);
    return view(source, m -> m.due(from, last));
  }

  /** Activities scheduled on {@code on} and not done or cancelled, with their status then. */
  public Viewed<List<ActiveActivity>> active(PlanSource source, LocalDate on) {
    return view(source, m -> {
      Monitor then = m.asOf(on);
      return then.active(on).stream()
          .map(a -> new ActiveActivity(a, then.statusOf(a)))
          .toList();
    });
  }

  /** Activities finished after their due date, by everything recorded. */
  public Viewed<List<LateActivity>> late(PlanSource source) {
    return view(source, Monitor::late);
  }

  /**
   * Activities finished after their due date, by the progress that took effect on or before
   * {@code asOf}.
   */
  public Viewed<List<LateActivity>> late(PlanSource source, LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return view(source, m -> m.asOf(asOf).late());
  }

  /**
   * Activities per executor and month, lead and co-executor, with months of more than
   * {@code threshold} marked as overloaded.
   *
   * @throws IllegalArgumentException when the year is outside {@link YearRange} or the threshold
   *     is below 1
   */
  public Viewed<Workload> workload(PlanSource source, Optional<Integer> year, int threshold) {
    year.ifPresent(y -> checkArgument(YearRange.isValidYear(y), "no such year: %s", y));
    checkArgument(threshold >= 1, "the threshold must be at least 1: %s", threshold);
    return view(source, m -> m.withOverloadThreshold(threshold).workload(year));
  }

  /** Activities and activity-months per source of financing. */
  public Viewed<List<Funding>> funding(PlanSource source) {
    return view(source, Monitor::funding);
  }

  private <T> Viewed<T> view(PlanSource source, Function<Monitor, T> answer) {
    OpenedPlan p = open(source);
    return new Viewed<>(p, answer.apply(Monitor.of(p.plan(), p.progress())));
  }

  private ActionPlan plainPlan(PlanSource.Document d) {
    PlanDocument read = documents.read(d.document());
    if (read instanceof PlanDocument.Plan p) {
      return p.plan();
    }
    throw new PlanDocumentException(DocumentProblem.of(d.document().name(),
        "is an exported history, not a plan: restore it with 'mics import', then view the plan by"
            + " its key"));
  }

  /** The last part of a path, whichever separator it uses. */
  static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }
}
