package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.shorten;
import static kz.stat.mics.app.cli.TextTable.wrap;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.ExecutorLoad;
import kz.stat.mics.domain.monitoring.Load;
import kz.stat.mics.domain.monitoring.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics workload}: how many activities each executor carries each month. */
@Command(name = "workload", mixinStandardHelpOptions = true,
    description = "Show the executor x month workload: in each cell, the activities the executor "
        + "leads + those it shares as a co-executor. Executors over the threshold in some month are "
        + "marked overloaded.",
    footer = {"", "Example:", "  mics workload mics-2023-2025.kk --year 2024"})
final class WorkloadCommand extends ViewCommand implements Callable<Integer> {
  /** The width of a month's heading, "24-03". */
  private static final int MONTH_HEADER = 5;
  /** How wide the executors' column may be when fitting months beside it. */
  private static final int EXECUTOR_WIDTH = 14;

  @Option(names = "--year", paramLabel = "YYYY", description = "Only the months of this year.")
  Integer year;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
      description = "More activities than this in one month is an overload (default: 5).")
  int threshold;

  @Override
  public Integer call() {
    if (year != null) {
      UserError.checkYear("--year", year);
    }
    if (threshold < 1) {
      throw UserError.usage("--threshold must be at least 1");
    }
    Viewed<Workload> viewed = views().workload(source(), Optional.ofNullable(year), threshold);
    Workload w = answer(viewed);
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ExecutorLoad r : w.rows()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("executor", r.executor());
        Map<String, Object> months = new LinkedHashMap<>();
        for (int i = 0; i < w.months().size(); i++) {
          Load l = r.months().get(i);
          if (l.total() > 0) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("lead", l.lead());
            cell.put("co", l.co());
            months.put(w.months().get(i).toString(), cell);
          }
        }
        m.put("months", months);
        m.put("lead", r.total().lead());
        m.put("co", r.total().co());
        m.put("busiestMonth", r.busiestMonth().map(YearMonth::toString).orElse(null));
        m.put("overloadedMonths", r.overloadedMonths().stream().map(YearMonth::toString).toList());
        rows.add(m);
      }
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("months", w.months().stream().map(YearMonth::toString).toList());
      all.put("threshold", w.overloadThreshold());
      all.put("executors", rows);
      Output.json(out(), all);
      return ExitCodes.OK;
    }
    print(w, words(viewed.plan()));
    return ExitCodes.OK;
  }

  /**
   * The months as columns, in blocks of as many months as fit the width (whole years when a year
   * fits), then each executor's totals, busiest month and overloaded months.
   */
  private void print(Workload w, Words words) {
    OptionalInt width = width();
    List<String> cells = new ArrayList<>();
    for (ExecutorLoad r : w.rows()) {
      for (Load l : r.months()) {
        cells.add(cell(l));
      }
    }
    int month = Math.max(MONTH_HEADER, cells.stream().mapToInt(TextTable::len).max().orElse(1));
    int executor = Math.min(EXECUTOR_WIDTH, Math.max(TextTable.len(words.get("col.executor")),
        w.rows().stream().mapToInt(r -> TextTable.len(r.executor())).max().orElse(0)));
    int perBlock = w.months().size();
    if (width.isPresent()) {
      perBlock = Math.max(1, (width.getAsInt() - executor) / (month + 2));
      if (perBlock >= 12) {
        perBlock -= perBlock % 12;
      }
    }
    TextTable.printWrapped(out(), words.format("term.workload.legend", w.overloadThreshold()),
        width, 0);
    for (int from = 0; from < w.months().size(); from += perBlock) {
      int to = Math.min(w.months().size(), from + perBlock);
      List<TextTable.Column> columns = new ArrayList<>();
      columns.add(shorten(words.get("col.executor")));
      for (YearMonth m : w.months().subList(from, to)) {
        columns.add(keep(m.toString().substring(2)));
      }
      TextTable t = TextTable.of(width, columns.toArray(TextTable.Column[]::new));
      for (ExecutorLoad r : w.rows()) {
        List<Object> row = new ArrayList<>();
        row.add(r.executor());
        for (Load l : r.months().subList(from, to)) {
          row.add(cell(l));
        }
        t.row(row.toArray());
      }
      out().println();
      t.print(out());
    }
    TextTable totals = TextTable.of(width, shorten(words.get("col.executor")),
        keep(words.get("col.total")), keep(words.get("col.busiest")),
        wrap(words.get("col.overloaded")));
    for (ExecutorLoad r : w.rows()) {
      totals.row(r.executor(), cell(r.total()), r.busiestMonth().map(YearMonth::toString)
          .orElse(""), r.overloadedMonths().stream().map(YearMonth::toString)
          .collect(Collectors.joining(" ")));
    }
    out().println();
    totals.print(out());
  }

  /** "2+3": led and shared; "." for none. */
  private static String cell(Load l) {
    return l.total() == 0 ? "." : l.lead() + "+" + l.co();
  }
}
