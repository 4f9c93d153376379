package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.ActiveActivity;
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
    LocalDate day = dayOr(on);
    List<ActiveActivity> rows = answer(views().active(source(), day));
    if (json) {
      Output.json(out(), rows.stream().map(r -> {
        var m = Views.activity(r.activity());
        m.put("status", r.status().name());
        return m;
      }).toList());
    } else if (rows.isEmpty()) {
      out().println("Nothing is scheduled on " + day + ".");
    } else {
      TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "DEADLINE", "STATUS");
      for (ActiveActivity r : rows) {
        Activity a = r.activity();
        t.row(a.code(), a.title(), a.lead().orElse(""), a.deadline().text(), r.status().label());
      }
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
