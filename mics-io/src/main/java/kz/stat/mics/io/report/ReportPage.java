package kz.stat.mics.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.UpcomingActivity;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;

/**
 * Everything the report shows as of one date, worked out from the monitor and put in words of one
 * language, for {@code report.jte} to lay out. The templates decide markup only; texts reach them
 * unescaped and jte escapes each for where it lands.
 */
record ReportPage(Labels labels, String title, LocalDate asOf, String period,
    ImmutableList<Card> cards, GanttChart chart, ImmutableList<ListTable> lists, HeatMap workload,
    ImmutableList<FundingRow> funding) {

  ReportPage {
    checkNotNull(labels, "labels");
    checkNotNull(title, "title");
    checkNotNull(asOf, "asOf");
    checkNotNull(period, "period");
    cards = ImmutableList.copyOf(cards);
    checkNotNull(chart, "chart");
    lists = ImmutableList.copyOf(lists);
    checkNotNull(workload, "workload");
    funding = ImmutableList.copyOf(funding);
  }

  /** A summary card: {@code kind} names the count for the stylesheet. */
  record Card(String kind, int count, String label) {}

  /**
   * The overdue, due-soon or starting-next table: {@code kind} is its section's class, {@code
   * rowClass} its rows' class, and {@code headers} the column names.
   */
  record ListTable(String kind, String heading, String rowClass, ImmutableList<String> headers,
      ImmutableList<ListRow> rows) {}

  /** One activity's row of a list table. */
  record ListRow(String code, ImmutableList<Cell> cells) {}

  /**
   * One cell: {@code kind} is its class and {@code label}, when not empty, the column's name shown
   * next to the value on a phone, where the table's headings are hidden.
   */
  record Cell(String kind, String text, String label) {}

  /** A source of financing with its share of the activity-months, in percent. */
  record FundingRow(String source, String name, int activities, int activityMonths, long share) {
    /** A bar behind the activity-months as long as their share. */
    String shareStyle() {
      return "background:linear-gradient(90deg,#dbe7f3 " + share + "%,transparent " + share
          + "%)";
    }
  }

  static ReportPage of(ActionPlan plan, Monitor monitor, LocalDate asOf, Labels labels) {
    StatusSummary summary = monitor.status(asOf);
    return new ReportPage(labels, plan.title(), asOf, plan.period().toString(),
        cards(summary, labels), GanttChart.of(monitor, asOf, labels),
        ImmutableList.of(overdue(summary.overdueList(), labels),
            dueSoon(summary.dueSoonList(), labels), startsNext(summary.startsNext(), labels)),
        HeatMap.of(plan, monitor.workload(Optional.empty()), labels),
        funding(monitor.funding(), labels));
  }

  static ImmutableList<Card> cards(StatusSummary s, Labels l) {
    ImmutableList.Builder<Card> cards = ImmutableList.builder();
    cards.add(new Card("activities", s.activities(), l.get("count.activities")),
        new Card("done", s.done(), l.get("count.done")),
        new Card("in-progress", s.inProgress(), l.get("count.inProgress")),
        new Card("overdue", s.overdue(), l.get("count.overdue")),
        new Card("due-soon", s.dueSoon(), l.get("count.dueSoon")),
        new Card("planned", s.planned(), l.get("count.planned")));
    if (s.cancelled() > 0) {
      cards.add(new Card("cancelled", s.cancelled(), l.get("count.cancelled")));
    }
    return cards.build();
  }

  static ListTable overdue(List<OverdueActivity> rows, Labels l) {
    ImmutableList.Builder<ListRow> out = ImmutableList.builder();
    for (OverdueActivity o : rows) {
      Activity a = o.activity();
      out.add(new ListRow(a.code(), ImmutableList.of(
          new Cell("code", a.code(), ""),
          new Cell("title", a.title(), ""),
          new Cell("lead", a.lead().orElse(""), ""),
          coExecutors(a, l),
          new Cell("date", o.due().toString(), l.get("col.due")),
          new Cell("num", Long.toString(o.daysOverdue()), l.get("col.daysOverdue")),
          new Cell("status", l.get("status." + o.status().name()), ""),
          completionForm(a, l))));
    }
    return new ListTable("overdue", l.get("overdue"), "overdue-row", headers(l, "col.code",
        "col.activity", "col.lead", "col.coExecutors", "col.due", "col.daysOverdue", "col.status",
        "col.completionForm"), out.build());
  }

  static ListTable dueSoon(List<DueActivity> rows, Labels l) {
    ImmutableList.Builder<ListRow> out = ImmutableList.builder();
    for (DueActivity d : rows) {
      Activity a = d.activity();
      out.add(new ListRow(a.code(), ImmutableList.of(
          new Cell("code", a.code(), ""),
          new Cell("title", a.title(), ""),
          new Cell("lead", a.lead().orElse(""), ""),
          coExecutors(a, l),
          new Cell("date", d.due().toString(), l.get("col.due")),
          new Cell("status", l.get("status." + d.status().name()), ""),
          completionForm(a, l))));
    }
    return new ListTable("due-soon", l.get("dueSoon"), "due-row", headers(l, "col.code",
        "col.activity", "col.lead", "col.coExecutors", "col.due", "col.status",
        "col.completionForm"), out.build());
  }

  static ListTable startsNext(List<UpcomingActivity> rows, Labels l) {
    ImmutableList.Builder<ListRow> out = ImmutableList.builder();
    for (UpcomingActivity u : rows) {
      Activity a = u.activity();
      out.add(new ListRow(a.code(), ImmutableList.of(
          new Cell("code", a.code(), ""),
          new Cell("title", a.title(), ""),
          new Cell("lead", a.lead().orElse(""), ""),
          coExecutors(a, l),
          new Cell("date", u.starts().toString(), l.get("col.starts")),
          new Cell("deadline", a.deadline().text(), l.get("col.deadline")),
          completionForm(a, l))));
    }
    return new ListTable("starts-next", l.get("startsNext"), "next-row", headers(l, "col.code",
        "col.activity", "col.lead", "col.coExecutors", "col.starts", "col.deadline",
        "col.completionForm"), out.build());
  }

  /** The executors after the lead, named on a phone only when there are some. */
  private static Cell coExecutors(Activity a, Labels l) {
    String co = String.join(", ", a.responsible().subList(Math.min(1, a.responsible().size()),
        a.responsible().size()));
    return new Cell("co", co, co.isEmpty() ? "" : l.get("col.coExecutors"));
  }

  /** What proves the activity done, named on a phone only when the plan says. */
  private static Cell completionForm(Activity a, Labels l) {
    String form = a.completionForm().strip();
    return new Cell("form", form, form.isEmpty() ? "" : l.get("col.completionForm"));
  }

  private static ImmutableList<String> headers(Labels l, String... keys) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String key : keys) {
      out.add(l.get(key));
    }
    return out.build();
  }

  static ImmutableList<FundingRow> funding(List<Funding> rows, Labels l) {
    int total = Math.max(1, rows.stream().mapToInt(Funding::activityMonths).sum());
    ImmutableList.Builder<FundingRow> out = ImmutableList.builder();
    for (Funding f : rows) {
      out.add(new FundingRow(f.source().name(), l.get("source." + f.source().name()),
          f.activities(), f.activityMonths(), Math.round(100.0 * f.activityMonths() / total)));
    }
    return out.build();
  }
}
