package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.shorten;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.UpcomingActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mics status}: the one-screen summary. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "The one-screen summary as of a day: how many activities are done, in progress, "
        + "overdue and due in the next 30 days, the overdue and due lists (a page of each, as "
        + "--limit says), and what starts next.",
    footer = {"", "Example:", "  mics status mics-2023-2025.kk --as-of 2024-10-01 --lang en"})
final class StatusCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (default: "
      + "today).")
  LocalDate asOf;

  @Mixin
  PageOptions page;

  @Override
  public Integer call() {
    Viewed<StatusSummary> viewed = views().status(source(), dayOr(asOf), page.rows(json));
    StatusSummary s = answer(viewed);
    if (json) {
      Output.json(out(), json(s));
    } else {
      print(out(), viewed.plan().key().value(), s, words(viewed.plan()), width());
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

  static void print(PrintWriter out, String plan, StatusSummary s, Words w, OptionalInt width) {
    TextTable.printWrapped(out, w.format("term.asOf", plan, s.asOf(),
        w.count("activities", s.activities())), width, 2);
    TextTable.printItems(out, 2, List.of(
        w.get("count.done") + " " + s.done(),
        w.get("count.inProgress") + " " + s.inProgress(),
        w.get("count.overdue") + " " + s.overdue(),
        w.get("count.dueSoon") + " " + s.dueSoon(),
        w.get("count.planned") + " " + s.planned(),
        w.get("count.cancelled") + " " + s.cancelled()), width);
    if (!s.overdueList().isEmpty()) {
      out.println();
      out.println(w.get("overdue") + ":");
      Views.overdueTable(s.overdueList(), w, width).print(out);
      PageOptions.printMore(out, w, s.overdue() - s.overdueList().size(), width);
    }
    if (!s.dueSoonList().isEmpty()) {
      out.println();
      out.println(w.get("dueSoon") + ":");
      Views.dueTable(s.dueSoonList(), w, width).print(out);
      PageOptions.printMore(out, w, s.dueSoon() - s.dueSoonList().size(), width);
    }
    if (!s.startsNext().isEmpty()) {
      out.println();
      out.println(w.get("startsNext") + ":");
      TextTable t = TextTable.of(width, keep(w.get("col.code")), shorten(w.get("col.activity")),
          shorten(w.get("col.lead")), keep(w.get("col.starts")));
      for (UpcomingActivity u : s.startsNext()) {
        t.row(u.activity().code(), u.activity().title(), u.activity().lead().orElse(""),
            u.starts());
      }
      t.print(out);
    }
    out.flush();
  }
}
