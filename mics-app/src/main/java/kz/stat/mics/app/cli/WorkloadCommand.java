package kz.stat.mics.app.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
    Workload w = answer(views().workload(source(), Optional.ofNullable(year), threshold));
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
    List<String> header = new ArrayList<>();
    header.add("EXECUTOR (lead+co)");
    for (YearMonth m : w.months()) {
      header.add(m.toString().substring(2));
    }
    header.add("TOTAL");
    header.add("OVERLOADED");
    TextTable t = TextTable.of(header.toArray(String[]::new));
    for (ExecutorLoad r : w.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(r.executor());
      for (Load l : r.months()) {
        cells.add(l.total() == 0 ? "." : l.lead() + "+" + l.co());
      }
      cells.add(r.total().lead() + "+" + r.total().co());
      cells.add(r.overloadedMonths().stream().map(YearMonth::toString)
          .reduce((a, b) -> a + " " + b).orElse(""));
      t.row(cells.toArray());
    }
    t.print(out());
    return ExitCodes.OK;
  }
}
