package kz.stat.mics.io.report;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.Locale;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.monitoring.ExecutorLoad;
import kz.stat.mics.domain.monitoring.Load;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;

/**
 * The executors' workload by month as a heat map for {@code report.jte}: the years over their months,
 * then a row per executor whose cells are shaded by count and framed above the overload threshold.
 */
record HeatMap(String note, ImmutableList<YearSpan> years, ImmutableList<MonthHead> months,
    ImmutableList<HeatRow> rows) {

  HeatMap {
    years = ImmutableList.copyOf(years);
    months = ImmutableList.copyOf(months);
    rows = ImmutableList.copyOf(rows);
  }

  /** A year over the {@code span} months of it that the plan covers. */
  record YearSpan(int year, int span) {}

  /** A month's column: its short name and, on hover, its full name and year. */
  record MonthHead(String shortName, String fullName) {}

  /** An executor's row: code, full name, a cell per month, total and busiest month (or ""). */
  record HeatRow(String executor, String name, ImmutableList<HeatCell> cells, int total,
      String busiest) {}

  /**
   * A month of an executor: {@code count} activities (none leaves the cell empty), {@code over}
   * when above the threshold, the shading as a style, and lead + co-executor counts on hover.
   */
  record HeatCell(int count, boolean over, String style, String tooltip) {}

  static HeatMap of(ActionPlan plan, Workload workload, Labels l) {
    return of(code -> plan.executors().byCode(code).map(Executor::name).orElse(code), workload, l);
  }

  /** The heat map of {@code workload}, each executor's full name from {@code names}. */
  static HeatMap of(java.util.function.UnaryOperator<String> names, Workload workload, Labels l) {
    ImmutableList<YearMonth> months = workload.months();
    ImmutableList.Builder<YearSpan> years = ImmutableList.builder();
    int i = 0;
    while (i < months.size()) {
      int year = months.get(i).getYear();
      int span = 0;
      while (i + span < months.size() && months.get(i + span).getYear() == year) {
        span++;
      }
      years.add(new YearSpan(year, span));
      i += span;
    }
    ImmutableList.Builder<MonthHead> heads = ImmutableList.builder();
    for (YearMonth m : months) {
      heads.add(new MonthHead(l.shortMonth(m), l.month(m) + " " + m.getYear()));
    }
    int max = Math.max(1, workload.maxCell());
    ImmutableList.Builder<HeatRow> rows = ImmutableList.builder();
    for (ExecutorLoad row : workload.rows()) {
      ImmutableList.Builder<HeatCell> cells = ImmutableList.builder();
      for (int c = 0; c < months.size(); c++) {
        Load load = row.months().get(c);
        int n = load.total();
        // Shade by count: the busiest cell of the whole matrix is the darkest.
        double alpha = 0.12 + 0.88 * n / max;
        cells.add(new HeatCell(n, n > workload.overloadThreshold(),
            String.format(Locale.ROOT, "background:rgba(198,40,40,%.2f);", alpha)
                + (alpha > 0.55 ? "color:#fff;" : ""),
            row.executor() + " · " + l.month(months.get(c)) + " " + months.get(c).getYear()
                + ": " + load.lead() + " + " + load.co()));
      }
      rows.add(new HeatRow(row.executor(),
          names.apply(row.executor()),
          cells.build(), row.total().total(),
          row.busiestMonth().map(m -> l.month(m) + " " + m.getYear()).orElse("")));
    }
    return new HeatMap(l.format("workload.note", workload.overloadThreshold()), years.build(),
        heads.build(), rows.build());
  }
}
