package kz.stat.mics.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.plan.Activity;
import picocli.CommandLine.Command;

/** {@code mics late}: activities finished after their due date. */
@Command(name = "late", mixinStandardHelpOptions = true,
    description = "List the activities that were done after their due date, and by how many days.",
    footer = {"", "Example:", "  mics late mics-2023-2025.kk"})
final class LateCommand extends ViewCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    List<LateActivity> rows = answer(views().late(source()));
    if (json) {
      Output.json(out(), rows.stream().map(Views::late).toList());
    } else if (rows.isEmpty()) {
      out().println("No activity was finished late.");
    } else {
      TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "DUE", "FINISHED", "DAYS LATE");
      for (LateActivity l : rows) {
        Activity a = l.activity();
        t.row(a.code(), a.title(), a.lead().orElse(""), l.due(), l.finished(), l.daysLate());
      }
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
