package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics overdue}: activities past their due date and not done. */
@Command(name = "overdue", mixinStandardHelpOptions = true,
    description = "List the activities whose due date has passed and that are neither done nor "
        + "cancelled.",
    footer = {"", "Example:", "  mics overdue mics-2023-2025.kk --as-of 2024-10-01"})
final class OverdueCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (default: "
      + "today).")
  LocalDate asOf;

  @Override
  public Integer call() {
    LocalDate day = dayOr(asOf);
    Viewed<List<OverdueActivity>> viewed = views().overdue(source(), day);
    List<OverdueActivity> rows = answer(viewed);
    if (json) {
      Output.json(out(), rows.stream().map(Views::overdue).toList());
      return ExitCodes.OK;
    }
    Words w = words(viewed.plan());
    if (rows.isEmpty()) {
      TextTable.printWrapped(out(), w.format("term.none.overdue", day), width(), 0);
    } else {
      Views.overdueTable(rows, w, width()).print(out());
    }
    return ExitCodes.OK;
  }
}
