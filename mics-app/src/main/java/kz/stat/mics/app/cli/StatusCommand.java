package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.UpcomingActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics status}: the one-screen summary. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "The one-screen summary as of a day: how many activities are done, in progress, "
        + "overdue and due in the next 30 days, the overdue list, and what starts next.",
    footer = {"", "Example:", "  mics status mics-2023-2025.kk --as-of 2024-10-01"})
final class StatusCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (default: "
      + "today).")
  LocalDate asOf;

  @Override
  public Integer call() {
    Viewed<StatusSummary> viewed = views().status(source(), dayOr(asOf));
    StatusSummary s = answer(viewed);
    if (json) {
      Output.json(out(), json(s));
    } else {
      print(out(), viewed.plan().key().value(), s);
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> json(StatusSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", s.asOf().toString());
    m.put("activities", s.activities());
    m.put("done", s.done());
    m.put("inProgress", s.inProgress());
    m.put("planned", s.planned());
    m.put("cancelled", s.cancelled());
    m.put("overdue", s.overdue());
    m.put("dueIn30Days", s.dueSoon());
    m.put("overdueList", s.overdueList().stream().map(Views::overdue).toList());
    m.put("dueSoonList", s.dueSoonList().stream().map(Views::due).toList());
    m.put("startsNext", s.startsNext().stream().map(u -> {
      Map<String, Object> a = Views.activity(u.activity());
      a.put("starts", u.starts().toString());
      return a;
    }).toList());
    return m;
  }

  static void print(PrintWriter out, String plan, StatusSummary s) {
    out.printf("%s as of %s: %d activities%n", plan, s.asOf(), s.activities());
    out.printf("  done %d · in progress %d · overdue %d · due in the next 30 days %d · planned %d"
        + " · cancelled %d%n", s.done(), s.inProgress(), s.overdue(), s.dueSoon(), s.planned(),
        s.cancelled());
    if (!s.overdueList().isEmpty()) {
      out.println();
      out.println("Overdue:");
      Views.overdueTable(s.overdueList()).print(out);
    }
    if (!s.dueSoonList().isEmpty()) {
      out.println();
      out.println("Due in the next 30 days:");
      Views.dueTable(s.dueSoonList()).print(out);
    }
    if (!s.startsNext().isEmpty()) {
      out.println();
      out.println("Starts next:");
      TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "STARTS");
      for (UpcomingActivity u : s.startsNext()) {
        t.row(u.activity().code(), u.activity().title(), u.activity().lead().orElse(""),
            u.starts());
      }
      t.print(out);
    }
    out.flush();
  }
}
