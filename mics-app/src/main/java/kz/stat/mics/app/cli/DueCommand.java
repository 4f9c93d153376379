package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.application.PlanViews;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.monitoring.DueActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics due}: activities due within a window of days. */
@Command(name = "due", mixinStandardHelpOptions = true,
    description = "List the open activities due between two days, both included.",
    footer = {"", "Example:", "  mics due mics-2023-2025.kk --from 2024-10-01 --to 2024-12-31"})
final class DueCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--from", paramLabel = "DATE", description = "The first day (default: today).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day (default: 30 days "
      + "after --from).")
  LocalDate to;

  @Override
  public Integer call() {
    LocalDate first = dayOr(from);
    if (to != null && to.isBefore(first)) {
      throw UserError.usage("--to " + to + " is before --from " + first);
    }
    LocalDate last = to != null ? to : first.plusDays(PlanViews.DUE_DAYS);
    List<DueActivity> rows = answer(views().due(source(), first, Optional.ofNullable(to)));
    if (json) {
      Output.json(out(), rows.stream().map(Views::due).toList());
    } else if (rows.isEmpty()) {
      out().println("Nothing is due from " + first + " to " + last + ".");
    } else {
      Views.dueTable(rows).print(out());
    }
    return ExitCodes.OK;
  }
}
