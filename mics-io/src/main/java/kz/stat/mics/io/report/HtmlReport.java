package kz.stat.mics.io.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static kz.stat.mics.io.report.Markup.escape;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.ExecutorLoad;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.Load;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.UpcomingActivity;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.ReportWriter;

/**
 * The progress report as one self-contained HTML5 file: summary counts, a Gantt chart in inline SVG,
 * the overdue, due-soon and starting-next tables, the executor workload as a heat map and the
 * financing breakdown. No script, font or style is fetched: it opens offline, prints on A3 landscape
 * and reads on a phone. Every text taken from the plan is escaped.
 */
public final class HtmlReport implements ReportWriter {

  /** Overload threshold of the workload heat map; see {@link Monitor#withOverloadThreshold}. */
  private final int overloadThreshold;

  private HtmlReport(int overloadThreshold) {
    this.overloadThreshold = overloadThreshold;
  }

  public static HtmlReport create() {
    return new HtmlReport(Monitor.DEFAULT_OVERLOAD_THRESHOLD);
  }

  /** A report that frames workload cells with more than {@code n} activities. */
  public HtmlReport withOverloadThreshold(int n) {
    return new HtmlReport(n);
  }

  @Override
  public void write(Request request, OutputStream out) throws IOException {
    checkNotNull(request, "request");
    checkNotNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(render(request));
    w.flush();
  }

  /** The whole page as a string. */
  public String render(Request request) {
    Labels labels = Labels.of(request.labelLanguage());
    Monitor monitor = Monitor.of(request.plan(), request.progress())
        .withOverloadThreshold(overloadThreshold)
        .asOf(request.asOf());
    return new Page(request.plan(), monitor, request.asOf(), labels).html();
  }

  /** One rendering of one request. */
  private static final class Page {
    private final ActionPlan plan;
    private final Monitor monitor;
    private final LocalDate asOf;
    private final Labels l;
    private final StringBuilder b = new StringBuilder(256 * 1024);

    Page(ActionPlan plan, Monitor monitor, LocalDate asOf, Labels labels) {
      this.plan = plan;
      this.monitor = monitor;
      this.asOf = asOf;
      this.l = labels;
    }

    String html() {
      StatusSummary summary = monitor.status(asOf);
      b.append("<!DOCTYPE html>\n<html lang=\"").append(l.language().code()).append("\">\n")
          .append("<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>").append(text(plan.title())).append(" — ").append(text(l.get("report")))
          .append(", ").append(text(asOf.toString())).append("</title>\n<style>\n")
          .append(Style.CSS).append("</style>\n</head>\n<body>\n");
      b.append("<header>\n<h1>").append(text(plan.title())).append("</h1>\n<p class=\"subtitle\">")
          .append(text(l.get("report"))).append(" · ").append(text(l.get("asOf"))).append(' ')
          .append("<time datetime=\"").append(asOf).append("\">").append(text(l.date(asOf)))
          .append("</time> · ").append(text(plan.period().toString())).append("</p>\n</header>\n");
      summary(summary);
      timeline();
      overdue(summary.overdueList());
      dueSoon(summary.dueSoonList());
      startsNext(summary.startsNext());
      workload(monitor.workload(Optional.empty()));
      funding(monitor.funding());
      b.append("</body>\n</html>\n");
      return b.toString();
    }

    private void summary(StatusSummary s) {
      b.append("<section class=\"summary\" aria-label=\"").append(text(l.get("summary")))
          .append("\">\n");
      card("activities", "count.activities", s.activities());
      card("done", "count.done", s.done());
      card("in-progress", "count.inProgress", s.inProgress());
      card("overdue", "count.overdue", s.overdue());
      card("due-soon", "count.dueSoon", s.dueSoon());
      card("planned", "count.planned", s.planned());
      if (s.cancelled() > 0) {
        card("cancelled", "count.cancelled", s.cancelled());
      }
      b.append("</section>\n");
    }

    private void card(String kind, String label, int n) {
      b.append("<div class=\"card\" data-count=\"").append(kind).append("\"><span class=\"n\">")
          .append(n).append("</span><span class=\"l\">").append(text(l.get(label)))
          .append("</span></div>\n");
    }

    private void timeline() {
      b.append("<section class=\"timeline\">\n<h2>").append(text(l.get("timeline")))
          .append("</h2>\n<ul class=\"legend\">");
      for (BarState s : BarState.values()) {
        b.append("<li><span class=\"swatch\" data-state=\"").append(s.css()).append("\"></span>")
            .append(text(l.get("state." + s.css()))).append("</li>");
      }
      b.append("<li><span class=\"swatch as-of-swatch\"></span>").append(text(l.get("asOfLine")))
          .append(' ').append(text(asOf.toString())).append("</li>");
      b.append("</ul>\n<div class=\"chart\">\n")
          .append(new GanttChart(monitor, asOf, l).svg()).append("\n</div>\n</section>\n");
    }

    private void overdue(List<OverdueActivity> rows) {
      heading("overdue", "overdue", rows.size());
      if (rows.isEmpty()) {
        none();
        return;
      }
      tableStart("overdue", "col.code", "col.activity", "col.lead", "col.due", "col.daysOverdue",
          "col.status");
      for (OverdueActivity o : rows) {
        Activity a = o.activity();
        b.append("<tr class=\"overdue-row\" data-code=\"").append(text(a.code())).append("\">");
        cell("code", a.code());
        cell("title", a.title());
        cell("lead", a.lead().orElse(""));
        cell("date", o.due().toString());
        cell("num", Long.toString(o.daysOverdue()));
        cell("status", l.get("status." + o.status().name()));
        b.append("</tr>\n");
      }
      tableEnd();
    }

    private void dueSoon(List<DueActivity> rows) {
      heading("due-soon", "dueSoon", rows.size());
      if (rows.isEmpty()) {
        none();
        return;
      }
      tableStart("due-soon", "col.code", "col.activity", "col.lead", "col.due", "col.status");
      for (DueActivity d : rows) {
        Activity a = d.activity();
        b.append("<tr class=\"due-row\" data-code=\"").append(text(a.code())).append("\">");
        cell("code", a.code());
        cell("title", a.title());
        cell("lead", a.lead().orElse(""));
        cell("date", d.due().toString());
        cell("status", l.get("status." + d.status().name()));
        b.append("</tr>\n");
      }
      tableEnd();
    }

    private void startsNext(List<UpcomingActivity> rows) {
      heading("starts-next", "startsNext", rows.size());
      if (rows.isEmpty()) {
        none();
        return;
      }
      tableStart("starts-next", "col.code", "col.activity", "col.lead", "col.starts",
          "col.deadline");
      for (UpcomingActivity u : rows) {
        Activity a = u.activity();
        b.append("<tr class=\"next-row\" data-code=\"").append(text(a.code())).append("\">");
        cell("code", a.code());
        cell("title", a.title());
        cell("lead", a.lead().orElse(""));
        cell("date", u.starts().toString());
        cell("deadline", a.deadline().text());
        b.append("</tr>\n");
      }
      tableEnd();
    }

    private void workload(Workload workload) {
      b.append("<section class=\"workload\">\n<h2>").append(text(l.get("workload")))
          .append("</h2>\n<p class=\"note\">")
          .append(text(l.format("workload.note", workload.overloadThreshold())))
          .append("</p>\n<div class=\"table-wrap\">\n<table class=\"heat\">\n<thead><tr>")
          .append("<th rowspan=\"2\" class=\"executor\">").append(text(l.get("col.executor")))
          .append("</th>");
      ImmutableList<YearMonth> months = workload.months();
      int i = 0;
      while (i < months.size()) {
        int year = months.get(i).getYear();
        int span = 0;
        while (i + span < months.size() && months.get(i + span).getYear() == year) {
          span++;
        }
        b.append("<th colspan=\"").append(span).append("\" class=\"year\">").append(year)
            .append("</th>");
        i += span;
      }
      b.append("<th rowspan=\"2\">").append(text(l.get("col.total"))).append("</th><th rowspan=\"2\">")
          .append(text(l.get("col.busiest"))).append("</th></tr>\n<tr>");
      for (YearMonth m : months) {
        b.append("<th class=\"m\" title=\"").append(text(l.month(m) + " " + m.getYear()))
            .append("\">").append(text(l.shortMonth(m))).append("</th>");
      }
      b.append("</tr></thead>\n<tbody>\n");
      int max = Math.max(1, workload.maxCell());
      for (ExecutorLoad row : workload.rows()) {
        String full = plan.executors().byCode(row.executor()).map(Executor::name)
            .orElse(row.executor());
        b.append("<tr data-executor=\"").append(text(row.executor())).append("\"><th class=\"executor\" title=\"")
            .append(text(full)).append("\">").append(text(row.executor())).append("</th>");
        for (int c = 0; c < months.size(); c++) {
          Load load = row.months().get(c);
          int n = load.total();
          b.append("<td class=\"h").append(n > workload.overloadThreshold() ? " over" : "")
              .append("\"");
          if (n > 0) {
            // Shade by count: the busiest cell of the whole matrix is the darkest.
            double alpha = 0.12 + 0.88 * n / max;
            b.append(" style=\"background:rgba(198,40,40,").append(String.format(
                java.util.Locale.ROOT, "%.2f", alpha)).append(");")
                .append(alpha > 0.55 ? "color:#fff;" : "").append("\" title=\"")
                .append(text(row.executor() + " · " + l.month(months.get(c)) + " "
                    + months.get(c).getYear() + ": " + load.lead() + " + " + load.co()))
                .append("\">").append(n);
          } else {
            b.append(">");
          }
          b.append("</td>");
        }
        b.append("<td class=\"num\">").append(row.total().total()).append("</td><td class=\"busiest\">")
            .append(row.busiestMonth().map(m -> text(l.month(m) + " " + m.getYear())).orElse(""))
            .append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void funding(List<Funding> rows) {
      b.append("<section class=\"funding\">\n<h2>").append(text(l.get("funding")))
          .append("</h2>\n<div class=\"table-wrap\">\n<table class=\"funding\">\n<thead><tr>");
      for (String h : List.of("col.source", "col.activities", "col.activityMonths")) {
        b.append("<th>").append(text(l.get(h))).append("</th>");
      }
      b.append("</tr></thead>\n<tbody>\n");
      int total = Math.max(1, rows.stream().mapToInt(Funding::activityMonths).sum());
      for (Funding f : rows) {
        long share = Math.round(100.0 * f.activityMonths() / total);
        b.append("<tr data-source=\"").append(f.source().name()).append("\"><td>")
            .append(text(l.get("source." + f.source().name()))).append("</td><td class=\"num\">")
            .append(f.activities()).append("</td><td class=\"num\" style=\"background:linear-gradient("
                + "90deg,#dbe7f3 ").append(share).append("%,transparent ").append(share)
            .append("%)\">").append(f.activityMonths()).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void heading(String kind, String label, int count) {
      b.append("<section class=\"").append(kind).append("\">\n<h2>").append(text(l.get(label)))
          .append(" <span class=\"count\">").append(count).append("</span></h2>\n");
    }

    private void none() {
      b.append("<p class=\"none\">").append(text(l.get("none"))).append("</p>\n</section>\n");
    }

    private void tableStart(String kind, String... headers) {
      b.append("<div class=\"table-wrap\">\n<table class=\"list ").append(kind)
          .append("\">\n<thead><tr>");
      for (String h : headers) {
        b.append("<th>").append(text(l.get(h))).append("</th>");
      }
      b.append("</tr></thead>\n<tbody>\n");
    }

    private void tableEnd() {
      b.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void cell(String kind, String value) {
      b.append("<td class=\"").append(kind).append("\">").append(text(value)).append("</td>");
    }

    private static String text(String s) {
      return escape(s);
    }
  }
}
