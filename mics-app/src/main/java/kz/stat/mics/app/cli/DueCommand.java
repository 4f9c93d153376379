package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.PlanViews;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.port.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mics due}: activities due within a window of days. */
@Command(name = "due", mixinStandardHelpOptions = true,
    description = "List the open activities due from a day to a later one, both included.",
    footer = {"", "Example:", "  mics due mics-2023-2025.kk --as-of 2024-10-01 --to 2024-12-31"})
final class DueCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from, the "
      + "first day (default: today).")
  LocalDate asOf;

  /** The first day's older name. */
  @Option(names = "--from", paramLabel = "DATE", hidden = true)
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day (default: "
      + PlanViews.DUE_DAYS + " days after --as-of).")
  LocalDate to;

  @Option(names = "--days", paramLabel = "N", description = "The days to look ahead, instead of "
      + "--to.")
  Integer days;

  @Mixin
  PageOptions page;

  @Override
  public Integer call() {
    LocalDate first = asOfOr(asOf, from, "--from");
    if (days != null && to != null) {
      throw UserError.usage("give --to or --days, not both");
    }
    if (days != null && days < 0) {
      throw UserError.usage("--days must be 0 or more, not " + days);
    }
    Optional<LocalDate> until = days != null ? Optional.of(first.plusDays(days))
        : Optional.ofNullable(to);
    if (until.isPresent() && until.get().isBefore(first)) {
      throw UserError.usage("--to " + to + " is before --as-of " + first);
    }
    LocalDate last = until.orElse(first.plusDays(PlanViews.DUE_DAYS));
    Viewed<Page<DueActivity>> viewed = views().due(source(), first, until, page.rows(json));
    Page<DueActivity> rows = answer(viewed);
    if (json) {
      Output.json(out(), rows.items().stream().map(Views::due).toList());
      return ExitCodes.OK;
    }
    Words w = words(viewed.plan());
    if (rows.items().isEmpty()) {
      TextTable.printWrapped(out(), w.format("term.none.due", first, last), width(), 0);
    } else {
      Views.dueTable(rows.items(), w, width()).print(out());
      PageOptions.printMore(out(), w, rows.more(), width());
    }
    return ExitCodes.OK;
  }
}
