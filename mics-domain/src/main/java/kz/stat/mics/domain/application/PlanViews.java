package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import kz.stat.mics.domain.monitoring.ActivityStatus;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlanHeader;
import kz.stat.mics.domain.port.PlanOverdue;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.RevisionPage;
import kz.stat.mics.domain.port.SectionStatus;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * The monitoring views as of a day: the status summary, overdue, due, active and late activities,
 * the workload and the financing. A view never writes to the store. A stored plan's view is
 * answered by the store's {@link PlanQueries}, so it never loads the whole plan; a document is read
 * and shown as it is, beside the progress of the plan stored under its key.
 */
public final class PlanViews {
  /** The days "due" looks ahead when no last day is given. */
  public static final int DUE_DAYS = 30;

  private final Plans plans;
  private final PlanQueries queries;
  private final PlanDocuments documents;
  private final TimeSource time;

  /** Views whose stored plans are answered by a {@link MonitorQueries} over {@code plans}. */
  public PlanViews(Plans plans, PlanDocuments documents, TimeSource time) {
    this(plans, new MonitorQueries(plans), documents, time);
  }

  /** Views whose stored plans are answered by {@code queries}, the store's own. */
  public PlanViews(Plans plans, PlanQueries queries, PlanDocuments documents, TimeSource time) {
    this.plans = checkNotNull(plans, "plans");
    this.queries = checkNotNull(queries, "queries");
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

  /**
   * The first {@code limit} activities of a stored plan's revision (the latest when empty) in
   * document order, each with its section, and how many there are; only the activities with the
   * code {@code code} when one is given. The store hands over the page, never the whole plan.
   *
   * @throws UnknownPlanException when there is no such plan or revision
   */
  public RevisionPage contents(PlanKey key, OptionalInt revision, Optional<ActivityCode> code,
      int limit) {
    checkNotNull(key, "key");
    checkNotNull(revision, "revision");
    checkNotNull(code, "code");
    checkLimit(limit);
    return queries.activities(key, revision, code, limit);
  }

  /** The one-screen summary as of {@code asOf}. */
  public Viewed<StatusSummary> status(PlanSource source, LocalDate asOf) {
    return status(source, asOf, Page.ALL);
  }

  /**
   * The one-screen summary as of {@code asOf}, with at most {@code limit} rows in its overdue and
   * due-soon lists.
   */
  public Viewed<StatusSummary> status(PlanSource source, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return view(source, q -> q.status(key(source), asOf, limit), m -> {
      StatusSummary s = m.status(asOf);
      return new StatusSummary(s.asOf(), s.activities(), s.done(), s.inProgress(), s.planned(),
          s.cancelled(), s.overdue(), s.dueSoon(),
          s.overdueList().subList(0, Math.min(limit, s.overdueList().size())),
          s.dueSoonList().subList(0, Math.min(limit, s.dueSoonList().size())), s.startsNext());
    });
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
    return view(source, q -> q.overdue(key(source), asOf, Page.ALL).items(),
        m -> m.overdue(asOf));
  }

  /** The first {@code limit} overdue activities on {@code asOf}, and how many there are. */
  public Viewed<Page<OverdueActivity>> overdue(PlanSource source, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return view(source, q -> q.overdue(key(source), asOf, limit),
        m -> Page.first(m.overdue(asOf), limit));
  }

  /**
   * The first {@code limit} activities overdue on {@code asOf} across every stored plan, by plan
   * key and then document order, and how many there are: one query, whatever the number of plans.
   */
  public Page<PlanOverdue> overdueEverywhere(LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return queries.overdueEverywhere(asOf, limit);
  }

  /**
   * Activities due from {@code from} to {@code to} (default: {@value #DUE_DAYS} days later).
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public Viewed<List<DueActivity>> due(PlanSource source, LocalDate from, Optional<LocalDate> to) {
    LocalDate last = to.orElse(from.plusDays(DUE_DAYS));
    checkArgument(!last.isBefore(from), "the last day %s is before the first %s", last, from);
    return view(source, q -> q.due(key(source), from, last, Optional.empty(), Page.ALL).items(),
        m -> m.due(from, last));
  }

  /**
   * The first {@code limit} activities due from {@code from} to {@code to} (default:
   * {@value #DUE_DAYS} days later), and how many there are.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public Viewed<Page<DueActivity>> due(PlanSource source, LocalDate from, Optional<LocalDate> to,
      int limit) {
    LocalDate last = to.orElse(from.plusDays(DUE_DAYS));
    checkArgument(!last.isBefore(from), "the last day %s is before the first %s", last, from);
    checkLimit(limit);
    return view(source, q -> q.due(key(source), from, last, Optional.empty(), limit),
        m -> Page.first(m.due(from, last), limit));
  }

  /**
   * The first {@code limit} activities scheduled on {@code on} and not done or cancelled, with
   * their status then, and how many there are.
   */
  public Viewed<Page<ActiveActivity>> active(PlanSource source, LocalDate on, int limit) {
    checkNotNull(on, "on");
    checkLimit(limit);
    return view(source, q -> {
      Page<ActivityStatus> page = q.active(key(source), on, limit);
      return new Page<>(page.items().stream()
          .map(a -> new ActiveActivity(a.activity(), a.status()))
          .collect(ImmutableList.toImmutableList()), page.total());
    }, m -> {
      Monitor then = m.asOf(on);
      return Page.first(then.active(on).stream()
          .map(a -> new ActiveActivity(a, then.statusOf(a)))
          .toList(), limit);
    });
  }

  /**
   * The first {@code limit} activities finished after their due date, by the progress that took
   * effect on or before {@code asOf} (by everything recorded when empty), and how many there are.
   */
  public Viewed<Page<LateActivity>> late(PlanSource source, Optional<LocalDate> asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return view(source, q -> q.late(key(source), asOf, limit),
        m -> Page.first(asOf.map(m::asOf).orElse(m).late(), limit));
  }

  /** Activities scheduled on {@code on} and not done or cancelled, with their status then. */
  public Viewed<List<ActiveActivity>> active(PlanSource source, LocalDate on) {
    checkNotNull(on, "on");
    return view(source, q -> q.active(key(source), on, Page.ALL).items().stream()
        .map(a -> new ActiveActivity(a.activity(), a.status())).toList(), m -> {
          Monitor then = m.asOf(on);
          return then.active(on).stream()
              .map(a -> new ActiveActivity(a, then.statusOf(a)))
              .toList();
        });
  }

  /** Activities finished after their due date, by everything recorded. */
  public Viewed<List<LateActivity>> late(PlanSource source) {
    return view(source, q -> q.late(key(source), Optional.empty(), Page.ALL).items(),
        Monitor::late);
  }

  /**
   * Activities finished after their due date, by the progress that took effect on or before
   * {@code asOf}.
   */
  public Viewed<List<LateActivity>> late(PlanSource source, LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return view(source, q -> q.late(key(source), Optional.of(asOf), Page.ALL).items(),
        m -> m.asOf(asOf).late());
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
    return view(source, q -> q.workload(key(source), year, threshold),
        m -> m.withOverloadThreshold(threshold).workload(year));
  }

  /**
   * The first {@code limit} sections of the plan as of {@code asOf}, those with the most overdue
   * activities first (then in document order), each with its activities counted by status, and
   * how many sections there are.
   */
  public Viewed<Page<SectionStatus>> sections(PlanSource source, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return view(source, q -> q.sections(key(source), asOf, limit),
        m -> Page.first(MonitorQueries.sections(m, asOf), limit));
  }

  /** Activities and activity-months per source of financing. */
  public Viewed<List<Funding>> funding(PlanSource source) {
    return view(source, q -> q.funding(key(source)), Monitor::funding);
  }

  /** A view that loads the whole plan: a document, or a view the store does not answer. */
  private <T> Viewed<T> view(PlanSource source, Function<Monitor, T> answer) {
    OpenedPlan p = open(source);
    return new Viewed<>(p.heading(), answer.apply(Monitor.of(p.plan(), p.progress())));
  }

  /**
   * A view answered by the store's queries for a stored plan, and by the monitor over a document.
   */
  private <T> Viewed<T> view(PlanSource source, Function<PlanQueries, T> stored,
      Function<Monitor, T> document) {
    checkNotNull(source, "source");
    if (source instanceof PlanSource.Stored s) {
      PlanHeader h = queries.header(s.key()).orElseThrow(() -> UnknownPlanException.plan(s.key()));
      return new Viewed<>(new ViewedPlan(s.key(), h.title(), h.language(),
          OpenedPlan.Origin.STORED, OptionalInt.of(h.revision())), stored.apply(queries));
    }
    return view(source, document);
  }

  private static void checkLimit(int limit) {
    checkArgument(limit >= 0, "a limit is 0 or more: %s", limit);
  }

  private static PlanKey key(PlanSource source) {
    return ((PlanSource.Stored) source).key();
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
