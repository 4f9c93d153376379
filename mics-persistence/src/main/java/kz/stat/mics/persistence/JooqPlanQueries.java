package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.ActivityStatus;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.ExecutorLoad;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.Load;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.UpcomingActivity;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlanHeader;
import kz.stat.mics.domain.port.PlanOverdue;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.PlacedActivity;
import kz.stat.mics.domain.port.RevisionPage;
import kz.stat.mics.domain.port.SectionStatus;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Recurrence;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Results;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The monitoring views answered by SQL over the latest revision of a stored plan: each answer reads
 * the rows it shows and aggregates the rest on the server, so no view loads a whole plan. An
 * activity's status on a day is its last event that took effect by then (an index on the plan, code
 * and day finds it); every statement names the plan it reads (see docs/performance.md).
 */
public final class JooqPlanQueries implements PlanQueries {
  private static final String OPEN = " not in ('DONE', 'CANCELLED')";

  private final DSLContext db;

  /** Queries on {@code dataSource}, whose schema is already migrated (see {@link PlanDatabase}). */
  public JooqPlanQueries(DataSource dataSource) {
    this(DSL.using(JooqSetup.configuration(dataSource)));
  }

  /** Queries through {@code db}, for tests that listen to its statements. */
  JooqPlanQueries(DSLContext db) {
    this.db = checkNotNull(db, "db");
  }

  /** Where an activity stands on a day (or by every event when the day is null), as SQL. */
  private static String statusOf(boolean asOf) {
    return "coalesce((select e.status from progress_event e where e.plan_id = a.plan_id"
        + " and e.activity_code = a.code" + (asOf ? " and e.on_date <= ?" : "")
        + " order by e.on_date desc, e.sequence desc limit 1), 'PLANNED')";
  }

  @Override
  public Optional<PlanHeader> header(PlanKey key) {
    checkNotNull(key, "key");
    return read(tx -> latest(tx, key).map(l -> new PlanHeader(key, l.number, l.title, l.language,
        ((Number) tx.fetchValue("select count(*) from activity a where a.plan_id = ?"
            + " and a.revision_id = ?", l.planId, l.revisionId)).intValue())));
  }

  @Override
  public Page<OverdueActivity> overdue(PlanKey key, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return read(key, (tx, l) -> overdue(tx, l, asOf, limit, true));
  }

  /**
   * The overdue page; {@code last}: its statements end the read (see
   * {@link #activities(DSLContext, long, long, List, boolean)}).
   */
  private static Page<OverdueActivity> overdue(DSLContext tx, Latest l, LocalDate asOf, int limit,
      boolean last) {
    Sql total = openTotal(l, "< ?", List.of(asOf), Optional.of(asOf));
    return page(tx, total, "select a.position, a.due_date, s.status from activity a"
        + " cross join lateral (select " + statusOf(true) + " as status) s"
        + " where a.plan_id = ? and a.revision_id = ? and a.due_date < ? and s.status" + OPEN,
        "a.position", limit, List.of(asOf, l.planId, l.revisionId, asOf),
        rows -> {
          Map<Integer, Activity> activities = activities(tx, l.planId, l.revisionId, rows, last);
          return rows.stream().map(r -> {
            LocalDate due = r.get(1, LocalDate.class);
            return new OverdueActivity(activities.get(r.get(0, Integer.class)), due,
                Status.valueOf(r.get(2, String.class)), ChronoUnit.DAYS.between(due, asOf));
          }).toList();
        });
  }

  @Override
  public Page<PlanOverdue> overdueEverywhere(LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return read(tx -> page(tx, "select p.key, a.plan_id, a.revision_id, a.position, a.due_date,"
        + " s.status from plan p"
        + " cross join lateral (select r.id from revision r where r.plan_id = p.id"
        + " order by r.number desc limit 1) r"
        + " join activity a on a.plan_id = p.id and a.revision_id = r.id"
        + " cross join lateral (select " + statusOf(true) + " as status) s"
        + " where a.due_date < ? and s.status" + OPEN,
        "q.key collate \"C\", q.position", limit, List.of(asOf, asOf), rows -> {
          ListMultimap<List<Long>, Record> byRevision = ArrayListMultimap.create();
          for (Record r : rows) {
            byRevision.put(List.of(r.get(1, Long.class), r.get(2, Long.class)), r);
          }
          Map<List<Long>, Map<Integer, Activity>> activities = new HashMap<>();
          for (List<Long> revision : byRevision.keySet()) {
            activities.put(revision, activities(tx, revision.get(0), revision.get(1),
                byRevision.get(revision)));
          }
          return rows.stream().map(r -> {
            LocalDate due = r.get(4, LocalDate.class);
            Activity a = activities.get(List.of(r.get(1, Long.class), r.get(2, Long.class)))
                .get(r.get(3, Integer.class));
            return new PlanOverdue(PlanKey.of(r.get(0, String.class)), new OverdueActivity(a, due,
                Status.valueOf(r.get(5, String.class)), ChronoUnit.DAYS.between(due, asOf)));
          }).toList();
        }));
  }

  @Override
  public Page<DueActivity> due(PlanKey key, LocalDate from, LocalDate to,
      Optional<LocalDate> knownOn, int limit) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(knownOn, "knownOn");
    checkLimit(limit);
    return read(key, (tx, l) -> due(tx, l, from, to, knownOn, limit, true));
  }

  /**
   * The due page; {@code last}: its statements end the read (see
   * {@link #activities(DSLContext, long, long, List, boolean)}).
   */
  private static Page<DueActivity> due(DSLContext tx, Latest l, LocalDate from, LocalDate to,
      Optional<LocalDate> knownOn, int limit, boolean last) {
    List<Object> binds = new ArrayList<>();
    knownOn.ifPresent(binds::add);
    binds.addAll(List.of(l.planId, l.revisionId, from, to));
    Sql total = openTotal(l, "between ? and ?", List.of(from, to), knownOn);
    return page(tx, total, "select a.position, a.due_date, s.status from activity a"
        + " cross join lateral (select " + statusOf(knownOn.isPresent()) + " as status) s"
        + " where a.plan_id = ? and a.revision_id = ? and a.due_date between ? and ?"
        + " and s.status" + OPEN, "a.position", limit, binds, rows -> {
          Map<Integer, Activity> activities = activities(tx, l.planId, l.revisionId, rows, last);
          return rows.stream().map(r -> new DueActivity(activities.get(r.get(0, Integer.class)),
              r.get(1, LocalDate.class), Status.valueOf(r.get(2, String.class)))).toList();
        });
  }

  @Override
  public Page<ActivityStatus> active(PlanKey key, LocalDate on, int limit) {
    checkNotNull(on, "on");
    checkLimit(limit);
    return read(key, (tx, l) -> {
      // the page stops at the page; the total still probes every activity (windows are not counted)
      String where = " from activity a"
          + " cross join lateral (select " + statusOf(true) + " as status) s"
          + " where a.plan_id = ? and a.revision_id = ? and s.status" + OPEN
          + " and exists (select 1 from deadline_window w where w.plan_id = a.plan_id"
          + " and w.revision_id = a.revision_id and w.activity_position = a.position"
          + " and (w.from_date is null or w.from_date <= ?)"
          + " and (w.to_date is null or w.to_date >= ?))";
      List<Object> binds = List.of(on, l.planId, l.revisionId, on, on);
      return page(tx, new Sql("select count(*)" + where, binds), "select a.position, s.status"
          + where, "a.position", limit, binds, rows -> {
            Map<Integer, Activity> activities = activities(tx, l.planId, l.revisionId, rows, true);
            return rows.stream().map(r -> new ActivityStatus(
                activities.get(r.get(0, Integer.class)), Status.valueOf(r.get(1, String.class))))
                .toList();
          });
    });
  }

  @Override
  public Page<LateActivity> late(PlanKey key, Optional<LocalDate> knownOn, int limit) {
    checkNotNull(knownOn, "knownOn");
    checkLimit(limit);
    return read(key, (tx, l) -> {
      List<Object> binds = new ArrayList<>();
      binds.add(l.planId);
      knownOn.ifPresent(binds::add);
      binds.addAll(List.of(l.planId, l.revisionId));
      // done, by its last event known then, on a day after the due date: that day is the finish.
      // From the plan's events to the activities, since only activities with progress can be late
      return page(tx, "select a.position, a.due_date, e.on_date from"
          + " (select distinct on (e.activity_code) e.plan_id, e.activity_code, e.status,"
          + " e.on_date"
          + " from progress_event e where e.plan_id = ?"
          + (knownOn.isPresent() ? " and e.on_date <= ?" : "")
          + " order by e.activity_code, e.on_date desc, e.sequence desc) e"
          + " join activity a on a.plan_id = e.plan_id and a.code = e.activity_code"
          + " where a.plan_id = ? and a.revision_id = ? and e.status = 'DONE'"
          + " and e.on_date > a.due_date", "q.position", limit, binds, rows -> {
            Map<Integer, Activity> activities = activities(tx, l.planId, l.revisionId, rows);
            return rows.stream().map(r -> {
              LocalDate due = r.get(1, LocalDate.class);
              LocalDate finished = r.get(2, LocalDate.class);
              return new LateActivity(activities.get(r.get(0, Integer.class)), due, finished,
                  ChronoUnit.DAYS.between(due, finished));
            }).toList();
          });
    });
  }

  @Override
  public StatusSummary status(PlanKey key, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return read(key, (tx, l) -> {
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      for (Record r : tx.fetch("select s.status, count(*)::int from activity a"
          + " cross join lateral (select " + statusOf(true) + " as status) s"
          + " where a.plan_id = ? and a.revision_id = ? group by s.status",
          asOf, l.planId, l.revisionId)) {
        counts.put(Status.valueOf(r.get(0, String.class)), r.get(1, Integer.class));
      }
      Page<OverdueActivity> overdue = overdue(tx, l, asOf, limit, false);
      Page<DueActivity> dueSoon = due(tx, l, asOf, asOf.plusDays(Monitor.DUE_SOON_DAYS),
          Optional.of(asOf), limit, false);
      var next = tx.fetch("select a.position, a.start_date from activity a"
          + " cross join lateral (select " + statusOf(true) + " as status) s"
          + " where a.plan_id = ? and a.revision_id = ? and s.status = 'PLANNED'"
          + " and a.start_date > ? order by a.start_date, a.position limit ?",
          asOf, l.planId, l.revisionId, asOf, Monitor.STARTS_NEXT);
      Map<Integer, Activity> activities = activities(tx, l.planId, l.revisionId, next);
      List<UpcomingActivity> startsNext = next.stream().map(r -> new UpcomingActivity(
          activities.get(r.get(0, Integer.class)), r.get(1, LocalDate.class))).toList();
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      return new StatusSummary(asOf, total, counts.getOrDefault(Status.DONE, 0),
          counts.getOrDefault(Status.IN_PROGRESS, 0), counts.getOrDefault(Status.PLANNED, 0),
          counts.getOrDefault(Status.CANCELLED, 0), Math.toIntExact(overdue.total()),
          Math.toIntExact(dueSoon.total()), overdue.items(), dueSoon.items(),
          ImmutableList.copyOf(startsNext));
    });
  }

  @Override
  public Page<SectionStatus> sections(PlanKey key, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    checkLimit(limit);
    return read(key, (tx, l) -> {
      // one pass over the revision's activities, each with its status folded as of the day
      List<SectionStatus> rows = tx.fetch("with c as (select a.section_position,"
          + " count(*)::int as activities,"
          + " (count(*) filter (where s.status = 'DONE'))::int as done,"
          + " (count(*) filter (where s.status = 'IN_PROGRESS'))::int as in_progress,"
          + " (count(*) filter (where s.status = 'PLANNED'))::int as planned,"
          + " (count(*) filter (where s.status = 'CANCELLED'))::int as cancelled,"
          + " (count(*) filter (where a.due_date < ? and s.status" + OPEN + "))::int as overdue"
          + " from activity a cross join lateral (select " + statusOf(true) + " as status) s"
          + " where a.plan_id = ? and a.revision_id = ? group by a.section_position)"
          + " select x.number, x.title, coalesce(c.activities, 0), coalesce(c.done, 0),"
          + " coalesce(c.in_progress, 0), coalesce(c.planned, 0), coalesce(c.cancelled, 0),"
          + " coalesce(c.overdue, 0) from section x"
          + " left join c on c.section_position = x.position"
          + " where x.plan_id = ? and x.revision_id = ?"
          + " order by coalesce(c.overdue, 0) desc, x.position limit ?",
          asOf, asOf, l.planId, l.revisionId, l.planId, l.revisionId, Math.max(limit, 1))
          .map(r -> new SectionStatus(r.get(0, String.class), r.get(1, String.class),
              r.get(2, Integer.class), r.get(3, Integer.class), r.get(4, Integer.class),
              r.get(5, Integer.class), r.get(6, Integer.class), r.get(7, Integer.class)));
      long total = rows.isEmpty() ? 0 : ((Number) tx.fetchValue(
          "select count(*) from section x where x.plan_id = ? and x.revision_id = ?", l.planId,
          l.revisionId)).longValue();
      return new Page<>(ImmutableList.copyOf(rows.subList(0, Math.min(limit, rows.size()))),
          total);
    });
  }

  @Override
  public RevisionPage activities(PlanKey key, OptionalInt revision,
      Optional<ActivityCode> code, int limit) {
    checkNotNull(key, "key");
    checkNotNull(revision, "revision");
    checkNotNull(code, "code");
    checkLimit(limit);
    return read(tx -> {
      Record r = tx.fetchOptional("select r.plan_id, r.id, r.number, r.saved_at, r.title,"
          + " r.language, r.period_first, r.period_last from revision r"
          + " where r.plan_id = (select p.id from plan p where p.key = ?)"
          + (revision.isPresent() ? " and r.number = ?" : "")
          + " order by r.number desc limit 1", revision.isPresent()
              ? new Object[] {key.value(), revision.getAsInt()} : new Object[] {key.value()})
          .orElseThrow(() -> revision.isPresent() && latest(tx, key).isPresent()
              ? UnknownPlanException.revision(key, revision.getAsInt())
              : UnknownPlanException.plan(key));
      long planId = r.get(0, Long.class);
      long revisionId = r.get(1, Long.class);
      String where = " from activity a where a.plan_id = ? and a.revision_id = ?"
          + (code.isPresent() ? " and a.code = ?" : "");
      Object[] binds = code.isPresent()
          ? new Object[] {planId, revisionId, code.get().value()}
          : new Object[] {planId, revisionId};
      // the page in document order by the primary key; the count is a second, index-only pass
      List<Object> pageBinds = new ArrayList<>(List.of(binds));
      pageBinds.add(limit);
      var rows = tx.fetch("select a.position, x.number, x.title" + where.replace(" where",
          " join section x on x.plan_id = a.plan_id and x.revision_id = a.revision_id"
              + " and x.position = a.section_position where") + " order by a.position limit ?",
          pageBinds.toArray());
      long total = ((Number) tx.fetchValue("select count(*)" + where, binds)).longValue();
      Map<Integer, Activity> activities = activities(tx, planId, revisionId, rows);
      List<PlacedActivity> placed = rows.stream().map(x -> new PlacedActivity(
          x.get(1, String.class), x.get(2, String.class),
          activities.get(x.get(0, Integer.class)))).toList();
      Language language = Language.ofCode(r.get(5, String.class)).orElseThrow(() ->
          new StoreException("a revision has an unknown language " + r.get(5)));
      return new RevisionPage(key, r.get(2, Integer.class),
          r.get(3, OffsetDateTime.class).toInstant(), r.get(4, String.class), language,
          YearRange.of(r.get(6, Integer.class), r.get(7, Integer.class)),
          new Page<>(ImmutableList.copyOf(placed), total));
    });
  }

  /** The months of each activity, cut to the plan's span, one row per activity and month. */
  private static final String MONTHS = "select distinct w.activity_position, m.month"
      + " from deadline_window w cross join lateral generate_series("
      + "date_trunc('month', coalesce(w.from_date, ?::date)),"
      + " date_trunc('month', coalesce(w.to_date, ?::date)), interval '1 month') as m(month)"
      + " where w.plan_id = ? and w.revision_id = ?";

  @Override
  public Workload workload(PlanKey key, Optional<Integer> year, int threshold) {
    checkNotNull(year, "year");
    checkArgument(threshold >= 1, "threshold must be positive: %s", threshold);
    return read(key, (tx, l) -> {
      List<YearMonth> span = span(tx, l);
      List<YearMonth> columns = year
          .map(y -> months(YearMonth.of(y, 1), YearMonth.of(y, 12)))
          .orElse(span);
      Map<YearMonth, Integer> column = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        column.put(columns.get(i), i);
      }
      // Written names resolve through the directory in Java, as the monitor does; there are few.
      List<Executor> entries = tx.fetch("select x.code, x.name from executor x"
          + " where x.plan_id = ? and x.revision_id = ? order by x.position",
          l.planId, l.revisionId).map(r -> new Executor(r.get(0, String.class),
          r.get(1, String.class)));
      ExecutorDirectory directory = ExecutorDirectory.of(entries);
      List<String> written = tx.fetch("select distinct ae.name from activity_executor ae"
          + " where ae.plan_id = ? and ae.revision_id = ?", l.planId, l.revisionId)
          .map(r -> r.get(0, String.class));
      String[] names = written.toArray(String[]::new);
      String[] resolved = written.stream().map(w -> directory.find(w).map(Executor::code)
          .orElse(Names.normalize(w))).toArray(String[]::new);
      String executors = "with n(name, resolved) as (select * from unnest(?::text[], ?::text[])),"
          + " ex as (select ae.activity_position, n.resolved, min(ae.position) as first"
          + " from activity_executor ae join n on n.name = ae.name"
          + " where ae.plan_id = ? and ae.revision_id = ? group by 1, 2)";
      // rows in the order of first appearance: the first activity, then the first place in it
      Map<String, Load[]> rows = new LinkedHashMap<>();
      var order = tx.fetch(executors + ", firsts as (select ex.resolved,"
          + " min(array[ex.activity_position, ex.first]) as at from ex group by 1)"
          + " select resolved from firsts order by at", (Object[]) binds(names, resolved, l));
      for (Record r : order) {
        Load[] row = new Load[columns.size()];
        Arrays.fill(row, Load.NONE);
        rows.put(r.get(0, String.class), row);
      }
      List<Object> cellBinds = new ArrayList<>(List.of((Object[]) binds(names, resolved, l)));
      cellBinds.addAll(List.of(span.get(0).atDay(1), span.get(span.size() - 1).atDay(1),
          l.planId, l.revisionId));
      for (Record r : tx.fetch(executors + ", mo as (" + MONTHS + ")"
          + " select ex.resolved, mo.month::date,"
          + " (count(*) filter (where ex.first = 0))::int,"
          + " (count(*) filter (where ex.first > 0))::int"
          + " from ex join mo on mo.activity_position = ex.activity_position group by 1, 2",
          cellBinds.toArray())) {
        Integer c = column.get(YearMonth.from(r.get(1, LocalDate.class)));
        if (c != null) {
          Load[] row = rows.get(r.get(0, String.class));
          row[c] = row[c].plus(new Load(r.get(2, Integer.class), r.get(3, Integer.class)));
        }
      }
      ImmutableList.Builder<ExecutorLoad> out = ImmutableList.builder();
      for (Map.Entry<String, Load[]> e : rows.entrySet()) {
        Load[] row = e.getValue();
        if (year.isPresent() && Arrays.stream(row).allMatch(x -> x.total() == 0)) {
          continue;
        }
        out.add(ExecutorLoad.of(e.getKey(), Arrays.asList(row), columns, threshold));
      }
      return new Workload(ImmutableList.copyOf(columns), out.build(), threshold);
    });
  }

  private static Object[] binds(String[] names, String[] resolved, Latest l) {
    return new Object[] {names, resolved, l.planId, l.revisionId};
  }

  @Override
  public List<Funding> funding(PlanKey key) {
    return read(key, (tx, l) -> {
      List<YearMonth> span = span(tx, l);
      Map<FinancingSource, Funding> bySource = new EnumMap<>(FinancingSource.class);
      for (Record r : tx.fetch("with mo as (" + MONTHS + "),"
          + " n as (select activity_position, count(*) as months from mo group by 1)"
          + " select a.financing_source, count(*)::int, coalesce(sum(n.months), 0)::int"
          + " from activity a left join n on n.activity_position = a.position"
          + " where a.plan_id = ? and a.revision_id = ? group by 1",
          span.get(0).atDay(1), span.get(span.size() - 1).atDay(1), l.planId, l.revisionId,
          l.planId, l.revisionId)) {
        FinancingSource source = FinancingSource.valueOf(r.get(0, String.class));
        bySource.put(source, new Funding(source, r.get(1, Integer.class), r.get(2, Integer.class)));
      }
      return List.copyOf(bySource.values());
    });
  }

  /** The months the plan spans: its period, widened to every window outside it. */
  private static List<YearMonth> span(DSLContext tx, Latest l) {
    Record r = tx.fetchOne("select min(least(w.from_date, w.to_date)),"
        + " max(greatest(w.from_date, w.to_date)) from deadline_window w"
        + " where w.plan_id = ? and w.revision_id = ?", l.planId, l.revisionId);
    YearMonth first = YearMonth.of(l.periodFirst, 1);
    YearMonth last = YearMonth.of(l.periodLast, 12);
    LocalDate min = r.get(0, LocalDate.class);
    LocalDate max = r.get(1, LocalDate.class);
    if (min != null && YearMonth.from(min).isBefore(first)) {
      first = YearMonth.from(min);
    }
    if (max != null && YearMonth.from(max).isAfter(last)) {
      last = YearMonth.from(max);
    }
    return months(first, last);
  }

  private static List<YearMonth> months(YearMonth first, YearMonth last) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m);
    }
    return List.copyOf(out);
  }

  // ---- pages and the activities on them ----

  /**
   * How many activities of the latest revision whose due day meets {@code due} (an SQL condition
   * on it, with {@code dueBinds}) were still open on {@code asOf} (or after every event when it is
   * empty): the activities due then, summed from the counts by due day, less those closed on that
   * day, summed from the counts by due day and closed interval (V14). Both are short index-only
   * scans whose length grows with the days and the closings, never with the activities.
   */
  private static Sql openTotal(Latest l, String due, List<LocalDate> dueBinds,
      Optional<LocalDate> asOf) {
    List<Object> binds = new ArrayList<>(List.of(l.planId, l.revisionId));
    binds.addAll(dueBinds);
    binds.addAll(List.of(l.planId, l.revisionId));
    binds.addAll(dueBinds);
    asOf.ifPresent(d -> binds.addAll(List.of(d, d)));
    return new Sql("select (select coalesce(sum(d.activities), 0)"
        + " from activity_due_day d"
        + " where d.plan_id = ? and d.revision_id = ? and d.due_date " + due + ")"
        + " - (select coalesce(sum(c.activities), 0) from activity_closed_day c"
        + " where c.plan_id = ? and c.revision_id = ? and c.due_date " + due
        + (asOf.isPresent() ? " and c.closed_from <= ? and c.closed_until > ?"
            : " and c.closed_until = 'infinity'") + ")",
        List.copyOf(binds));
  }

  /** A statement and the values of its parameters. */
  private record Sql(String text, List<Object> binds) {}

  /**
   * The first {@code limit} rows of {@code sql} in {@code order}, and their number counted by
   * {@code total}: both statements go to the server together, and the page's stops at the page, so
   * its cost is the page's, not the answer's.
   */
  private static <T> Page<T> page(DSLContext tx, Sql total, String sql, String order, int limit,
      List<Object> binds, Function<List<Record>, List<T>> rows) {
    if (limit == 0) {
      return new Page<>(ImmutableList.of(),
          ((Number) tx.fetchValue(total.text(), total.binds().toArray())).longValue());
    }
    List<Object> all = new ArrayList<>(total.binds());
    all.addAll(binds);
    // The limit is written out, not bound: once the driver prepares the statement, the server's
    // generic plan would guess at an unknown limit, cost the plan as if it read a tenth of the
    // plan's rows, and spend a second compiling it (JIT) for a page that reads fifty.
    Results results = tx.fetchMany(total.text() + "; " + sql + " order by " + order + " limit "
        + limit, all.toArray());
    long count = ((Number) results.get(0).get(0).get(0)).longValue();
    List<Record> fetched = results.get(1);
    return new Page<>(ImmutableList.copyOf(rows.apply(fetched)), count);
  }

  /**
   * The first {@code limit} rows of {@code sql} and how many it has, in one statement: the count
   * is a window over the whole answer, taken before the limit.
   */
  private static <T> Page<T> page(DSLContext tx, String sql, String order, int limit,
      List<Object> binds, Function<List<Record>, List<T>> rows) {
    List<Object> all = new ArrayList<>(binds);
    all.add(Math.max(limit, 1));
    List<Record> fetched = new ArrayList<>(tx.fetch("select q.*, count(*) over () as total_"
        + " from (" + sql + ") q order by " + order + " limit ?", all.toArray()));
    long total = fetched.isEmpty() ? 0 : fetched.get(0).get("total_", Long.class);
    List<Record> shown = fetched.subList(0, Math.min(limit, fetched.size()));
    return new Page<>(ImmutableList.copyOf(rows.apply(shown)), total);
  }

  /**
   * The activities at the positions in the first column of {@code rows}, with their windows and
   * executors: three statements for a page, whatever its size. The positions are a set the
   * server hashes ({@code in (select unnest(...))}); {@code = any(array)} would compare each row
   * with every position.
   */
  private static Map<Integer, Activity> activities(DSLContext tx, long planId, long revisionId,
      List<? extends Record> rows) {
    return activities(tx, planId, revisionId, rows, false);
  }

  /**
   * Like {@link #activities(DSLContext, long, long, List)}; when {@code last}, these are the read's
   * last statements and the commit travels with them, so the transaction's end costs no round trip
   * of its own (the driver sends no commit for a transaction the server has ended; on an error the
   * server skips the commit and the transaction rolls back as before).
   */
  private static Map<Integer, Activity> activities(DSLContext tx, long planId, long revisionId,
      List<? extends Record> rows, boolean last) {
    Integer[] positions = rows.stream().map(r -> r.get("position", Integer.class)).distinct()
        .toArray(Integer[]::new);
    if (positions.length == 0) {
      return Map.of();
    }
    // three statements sent together: one round trip to the server for a page's activities
    Results results = tx.fetchMany("select w.activity_position, w.from_date, w.to_date"
        + " from deadline_window w where w.plan_id = ? and w.revision_id = ?"
        + " and w.activity_position in (select unnest(?::int[]))"
        + " order by w.activity_position, w.position;"
        + " select ae.activity_position, ae.name from activity_executor ae"
        + " where ae.plan_id = ? and ae.revision_id = ?"
        + " and ae.activity_position in (select unnest(?::int[]))"
        + " order by ae.activity_position, ae.position;"
        + " select a.position, a.code, a.title, a.completion_form,"
        + " a.financing_source, a.financing_text, a.deadline_text, a.duration_days, a.tentative,"
        + " a.recurrence from activity a where a.plan_id = ? and a.revision_id = ?"
        + " and a.position in (select unnest(?::int[]))" + (last ? "; commit" : ""),
        planId, revisionId, positions, planId, revisionId, positions, planId, revisionId,
        positions);
    ListMultimap<Integer, Window> windows = ArrayListMultimap.create();
    for (Record w : results.get(0)) {
      windows.put(w.get(0, Integer.class), new Window(Optional.ofNullable(w.get(1,
          LocalDate.class)), Optional.ofNullable(w.get(2, LocalDate.class))));
    }
    ListMultimap<Integer, String> responsible = ArrayListMultimap.create();
    for (Record r : results.get(1)) {
      responsible.put(r.get(0, Integer.class), r.get(1, String.class));
    }
    Map<Integer, Activity> out = new HashMap<>();
    for (Record a : results.get(2)) {
      int p = a.get(0, Integer.class);
      Integer duration = a.get(7, Integer.class);
      Deadline deadline = new Deadline(a.get(6, String.class), ImmutableList.copyOf(windows.get(p)),
          duration == null ? OptionalInt.empty() : OptionalInt.of(duration),
          a.get(8, Boolean.class),
          Optional.ofNullable(a.get(9, String.class)).map(Recurrence::valueOf));
      out.put(p, new Activity(a.get(1, String.class), a.get(2, String.class),
          ImmutableList.copyOf(responsible.get(p)), deadline, a.get(3, String.class),
          new Financing(FinancingSource.valueOf(a.get(4, String.class)), a.get(5, String.class))));
    }
    return out;
  }

  // ---- the latest revision ----

  /** The latest revision of a plan, as the queries need it. */
  private record Latest(long planId, long revisionId, int number, String title, Language language,
      int periodFirst, int periodLast) {}

  private static final String LATEST = "select r.plan_id, r.id, r.number, r.title, r.language,"
      + " r.period_first, r.period_last from revision r"
      + " where r.plan_id = (select p.id from plan p where p.key = ?)"
      + " order by r.number desc limit 1";

  private static Optional<Latest> latest(DSLContext tx, PlanKey key) {
    return tx.fetchOptional(LATEST, key.value()).map(JooqPlanQueries::latest);
  }

  private static Latest latest(Record r) {
    return new Latest(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Integer.class),
        r.get(3, String.class), Language.ofCode(r.get(4, String.class)).orElseThrow(() ->
            new StoreException("a revision has an unknown language " + r.get(4))),
        r.get(5, Integer.class), r.get(6, Integer.class));
  }

  private static void checkLimit(int limit) {
    checkArgument(limit >= 0, "a limit is 0 or more: %s", limit);
  }

  private static final String READ_ONLY = "set transaction isolation level repeatable read,"
      + " read only";

  /** One read-only, repeatable-read transaction: every statement of an answer sees one moment. */
  private <T> T read(Function<DSLContext, T> body) {
    return transaction(tx -> {
      tx.execute(READ_ONLY);
      return body.apply(tx);
    });
  }

  /**
   * Like {@link #read(Function)}, for an answer on the latest revision of the plan {@code key}: the
   * transaction's settings and the look-up of the revision travel to the server together, so the
   * answer pays one round trip less.
   */
  private <T> T read(PlanKey key, BiFunction<DSLContext, Latest, T> body) {
    checkNotNull(key, "key");
    return transaction(tx -> {
      Results results = tx.fetchMany(READ_ONLY + "; " + LATEST, key.value());
      Result<Record> found = results.stream().reduce((a, b) -> b).orElseThrow(() ->
          new StoreException("the latest revision was not read"));
      if (found.isEmpty()) {
        throw UnknownPlanException.plan(key);
      }
      return body.apply(tx, latest(found.get(0)));
    });
  }

  private <T> T transaction(Function<DSLContext, T> body) {
    try {
      return db.transactionResult(c -> body.apply(c.dsl()));
    } catch (DataAccessException e) {
      throw JooqPlans.failure(e, "the database server");
    }
  }
}
