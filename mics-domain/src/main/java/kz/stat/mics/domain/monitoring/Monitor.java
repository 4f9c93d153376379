package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.progress.ActivityProgress;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Window;

/**
 * Answers what is active, due, overdue or late in a plan given its progress, who carries how much
 * work in which month, and what each financing source pays for. Every list comes in document order.
 * Activities whose deadline is unresolved have no dates, so they are never due, overdue or late.
 */
public final class Monitor {
  /** An executor with more than this many activities in one month is overloaded, unless told otherwise. */
  public static final int DEFAULT_OVERLOAD_THRESHOLD = 5;
  /** How many activities {@link #status} lists under "starts next". */
  public static final int STARTS_NEXT = 5;
  /** The days ahead that {@link #status} counts as "due soon". */
  public static final int DUE_SOON_DAYS = 30;

  private final ActionPlan plan;
  private final PlanProgress progress;
  private final int overloadThreshold;
  /** The day whose knowledge this monitor has: events that took effect later are not yet known. */
  private final Optional<LocalDate> knownOn;
  /** The months the plan spans, worked out once: every activity's months are cut to it. */
  private final com.google.common.base.Supplier<ImmutableList<YearMonth>> span =
      com.google.common.base.Suppliers.memoize(this::span);

  private Monitor(ActionPlan plan, PlanProgress progress, int overloadThreshold,
      Optional<LocalDate> knownOn) {
    this.plan = checkNotNull(plan, "plan");
    this.progress = checkNotNull(progress, "progress");
    checkArgument(overloadThreshold >= 1, "threshold must be positive: %s", overloadThreshold);
    this.overloadThreshold = overloadThreshold;
    this.knownOn = checkNotNull(knownOn, "knownOn");
  }

  /** A monitor that knows every recorded event. */
  public static Monitor of(ActionPlan plan, PlanProgress progress) {
    return new Monitor(plan, progress, DEFAULT_OVERLOAD_THRESHOLD, Optional.empty());
  }

  /** This monitor with another overload threshold (more than {@code n} activities in a month). */
  public Monitor withOverloadThreshold(int n) {
    return new Monitor(plan, progress, n, knownOn);
  }

  /**
   * This monitor as it stood on {@code day}: progress that took effect after that day is not known
   * yet. The views that look from a date ({@link #overdue}, {@link #active}, {@link #status}) do so
   * by themselves; {@link #due} and {@link #late} use what this monitor knows.
   */
  public Monitor asOf(LocalDate day) {
    checkNotNull(day, "day");
    // a monitor already limited to an earlier day knows no more for being asked about a later one
    LocalDate known = knownOn.filter(k -> k.isBefore(day)).orElse(day);
    return knownOn.equals(Optional.of(known)) ? this
        : new Monitor(plan, progress, overloadThreshold, Optional.of(known));
  }

  public ActionPlan plan() {
    return plan;
  }

  public PlanProgress progress() {
    return progress;
  }

  /** Where an activity stands, by the events this monitor knows. */
  public ActivityProgress progressOf(Activity activity) {
    if (knownOn.isEmpty()) {
      return progress.of(activity.code());
    }
    LocalDate day = knownOn.get();
    return ActivityProgress.of(activity.code(), progress.eventsOf(activity.code()).stream()
        .filter(e -> !e.on().isAfter(day))
        .collect(ImmutableList.toImmutableList()));
  }

  public Status statusOf(Activity activity) {
    return progressOf(activity).status();
  }

  /**
   * Activities with a window containing {@code on} that are still open: done and cancelled ones are
   * left out, since nothing more is expected of them.
   */
  public ImmutableList<Activity> active(LocalDate on) {
    checkNotNull(on, "on");
    Monitor then = asOf(on);
    return plan.activities().stream()
        .filter(a -> a.deadline().covers(on))
        .filter(a -> !then.statusOf(a).isClosed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Activities due between {@code from} and {@code to}, both included, that are open by the events
   * this monitor knows.
   */
  public ImmutableList<DueActivity> due(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    ImmutableList.Builder<DueActivity> out = ImmutableList.builder();
    for (Activity a : plan.activities()) {
      Status s = statusOf(a);
      Optional<LocalDate> due = a.deadline().due();
      if (!s.isClosed() && due.isPresent() && !due.get().isBefore(from) && !due.get().isAfter(to)) {
        out.add(new DueActivity(a, due.get(), s));
      }
    }
    return out.build();
  }

  /** Activities due before {@code asOf} and neither done nor cancelled, with the days since due. */
  public ImmutableList<OverdueActivity> overdue(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    Monitor then = asOf(asOf);
    ImmutableList.Builder<OverdueActivity> out = ImmutableList.builder();
    for (Activity a : plan.activities()) {
      Status s = then.statusOf(a);
      Optional<LocalDate> due = a.deadline().due();
      if (!s.isClosed() && due.isPresent() && due.get().isBefore(asOf)) {
        out.add(new OverdueActivity(a, due.get(), s, ChronoUnit.DAYS.between(due.get(), asOf)));
      }
    }
    return out.build();
  }

  /**
   * Activities done after their due date, with the days between the two, by the events this monitor
   * knows (all of them unless it was made {@link #asOf} a day).
   */
  public ImmutableList<LateActivity> late() {
    ImmutableList.Builder<LateActivity> out = ImmutableList.builder();
    for (Activity a : plan.activities()) {
      ActivityProgress p = progressOf(a);
      Optional<LocalDate> due = a.deadline().due();
      if (p.status() == Status.DONE && p.actualFinish().isPresent() && due.isPresent()
          && p.actualFinish().get().isAfter(due.get())) {
        out.add(new LateActivity(a, due.get(), p.actualFinish().get(),
            ChronoUnit.DAYS.between(due.get(), p.actualFinish().get())));
      }
    }
    return out.build();
  }

  /**
   * The months a timeline of this plan spans: the plan's period, widened to every window that lies
   * outside it.
   */
  public ImmutableList<YearMonth> months() {
    return span.get();
  }

  private ImmutableList<YearMonth> span() {
    YearMonth first = YearMonth.from(plan.period().from());
    YearMonth last = YearMonth.from(plan.period().to());
    for (Activity a : plan.activities()) {
      for (Window w : a.deadline().windows()) {
        for (LocalDate d : List.of(w.from(), w.to()).stream().flatMap(Optional::stream).toList()) {
          YearMonth m = YearMonth.from(d);
          first = m.isBefore(first) ? m : first;
          last = m.isAfter(last) ? m : last;
        }
      }
    }
    return monthsBetween(first, last);
  }

  /**
   * The months an activity's windows touch, each once, within {@link #months()}; an open side of a
   * window runs to the edge of that span.
   */
  public ImmutableSortedSet<YearMonth> monthsOf(Activity activity) {
    ImmutableList<YearMonth> span = months();
    YearMonth first = span.get(0);
    YearMonth last = span.get(span.size() - 1);
    TreeSet<YearMonth> out = new TreeSet<>();
    for (Window w : activity.deadline().windows()) {
      YearMonth from = w.from().map(YearMonth::from).orElse(first);
      YearMonth to = w.to().map(YearMonth::from).orElse(last);
      out.addAll(monthsBetween(from, to));
    }
    return ImmutableSortedSet.copyOf(out);
  }

  /**
   * The executor x month matrix: for every activity and every month its windows touch, one to the
   * lead and one to each co-executor. Written names resolve through the plan's directory, so an
   * abbreviation and its full name share a row; an executor listed twice in one activity counts once.
   * With a year, the columns are that year's twelve months and executors idle all that year have no
   * row; without, the columns are {@link #months()}.
   */
  public Workload workload(Optional<Integer> year) {
    checkNotNull(year, "year");
    ImmutableList<YearMonth> columns = year
        .map(y -> monthsBetween(YearMonth.of(y, 1), YearMonth.of(y, 12)))
        .orElseGet(this::months);
    Map<YearMonth, Integer> column = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      column.put(columns.get(i), i);
    }
    Map<String, Load[]> rows = new LinkedHashMap<>();
    for (Activity a : plan.activities()) {
      ImmutableSortedSet<YearMonth> months = monthsOf(a);
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < a.responsible().size(); i++) {
        String executor = executorName(a.responsible().get(i));
        if (seen.contains(executor)) {
          continue;
        }
        seen.add(executor);
        Load one = i == 0 ? new Load(1, 0) : new Load(0, 1);
        Load[] row = rows.computeIfAbsent(executor, k -> emptyRow(columns.size()));
        for (YearMonth m : months) {
          Integer c = column.get(m);
          if (c != null) {
            row[c] = row[c].plus(one);
          }
        }
      }
    }
    ImmutableList.Builder<ExecutorLoad> out = ImmutableList.builder();
    for (Map.Entry<String, Load[]> e : rows.entrySet()) {
      Load[] row = e.getValue();
      if (year.isPresent() && java.util.Arrays.stream(row).allMatch(l -> l.total() == 0)) {
        continue; // an executor with nothing to do in the year asked for has no row
      }
      out.add(ExecutorLoad.of(e.getKey(), java.util.Arrays.asList(row), columns,
          overloadThreshold));
    }
    return new Workload(columns, out.build(), overloadThreshold);
  }

  /**
   * Per financing source that the plan names, in the order of {@link FinancingSource}: how many
   * activities it pays for and how many activity-months (the months each activity's windows touch).
   */
  public ImmutableList<Funding> funding() {
    Map<FinancingSource, int[]> counts = new EnumMap<>(FinancingSource.class);
    for (Activity a : plan.activities()) {
      int[] c = counts.computeIfAbsent(a.financing().source(), k -> new int[2]);
      c[0]++;
      c[1] += monthsOf(a).size();
    }
    return counts.entrySet().stream()
        .map(e -> new Funding(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .collect(ImmutableList.toImmutableList());
  }

  /** The one-screen summary as of {@code asOf}; "due soon" is due from {@code asOf} to 30 days on. */
  public StatusSummary status(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    int done = 0;
    int inProgress = 0;
    int planned = 0;
    int cancelled = 0;
    List<UpcomingActivity> upcoming = new ArrayList<>();
    Monitor then = asOf(asOf);
    for (Activity a : plan.activities()) {
      Status s = then.statusOf(a);
      switch (s) {
        case DONE -> done++;
        case IN_PROGRESS -> inProgress++;
        case PLANNED -> planned++;
        case CANCELLED -> cancelled++;
        default -> throw new IllegalStateException("unknown status " + s);
      }
      Optional<LocalDate> start = a.deadline().start();
      if (s == Status.PLANNED && start.isPresent() && start.get().isAfter(asOf)) {
        upcoming.add(new UpcomingActivity(a, start.get()));
      }
    }
    // Stable sort: equal first days keep document order.
    upcoming.sort(Comparator.comparing(UpcomingActivity::starts));
    ImmutableList<OverdueActivity> overdue = overdue(asOf);
    ImmutableList<DueActivity> dueSoon = then.due(asOf, asOf.plusDays(DUE_SOON_DAYS));
    return new StatusSummary(asOf, plan.activities().size(), done, inProgress, planned, cancelled,
        overdue.size(), dueSoon.size(), overdue, dueSoon,
        ImmutableList.copyOf(upcoming.subList(0, Math.min(STARTS_NEXT, upcoming.size()))));
  }

  /** The name a workload row carries: the directory code when the plan lists the executor. */
  public String executorName(String written) {
    return plan.executors().find(written).map(Executor::code).orElse(Names.normalize(written));
  }

  private static Load[] emptyRow(int size) {
    Load[] row = new Load[size];
    java.util.Arrays.fill(row, Load.NONE);
    return row;
  }

  private static ImmutableList<YearMonth> monthsBetween(YearMonth first, YearMonth last) {
    ImmutableList.Builder<YearMonth> out = ImmutableList.builder();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out.build();
  }
}
