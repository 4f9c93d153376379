package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.plan.Activity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics active}: activities whose window covers a day. */
@Command(name = "active", mixinStandardHelpOptions = true,
    description = "List the activities scheduled on a day: one of their windows covers it, and "
        + "they are neither done nor cancelled.",
    footer = {"", "Example:", "  mics active mics-2023-2025.kk --on 2024-10-01"})
final class ActiveCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--on", paramLabel = "DATE", description = "The day (default: today).")
  LocalDate on;

  @Override
  public Integer call() {
    LocalDate day = on != null ? on : today();
    Monitor monitor = monitor();
    List<Activity> rows = monitor.active(day);
    if (json) {
      Output.json(out(), rows.stream().map(a -> {
        var m = Views.activity(a);
        m.put("status", monitor.statusOf(a).name());
        return m;
      }).toList());
    } else if (rows.isEmpty()) {
      out().println("Nothing is scheduled on " + day + ".");
    } else {
      TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "DEADLINE", "STATUS");
      for (Activity a : rows) {
        t.row(a.code(), a.title(), a.lead().orElse(""), a.deadline().text(),
            monitor.statusOf(a).label());
      }
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
