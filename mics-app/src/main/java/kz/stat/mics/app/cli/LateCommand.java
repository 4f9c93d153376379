package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.shorten;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mics late}: activities finished after their due date. */
@Command(name = "late", mixinStandardHelpOptions = true,
    description = "List the activities that were done after their due date, and by how many days.",
    footer = {"", "Example:", "  mics late mics-2023-2025.kk --as-of 2024-10-01"})
final class LateCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from: progress "
      + "recorded as taking effect later is not counted (default: everything recorded).")
  LocalDate asOf;

  @Mixin
  PageOptions page;

  @Override
  public Integer call() {
    Viewed<Page<LateActivity>> viewed = views().late(source(), Optional.ofNullable(asOf),
        page.rows(json));
    Page<LateActivity> rows = answer(viewed);
    if (json) {
      Output.json(out(), rows.items().stream().map(Views::late).toList());
      return ExitCodes.OK;
    }
    Words w = words(viewed.plan());
    if (rows.items().isEmpty()) {
      TextTable.printWrapped(out(), w.get("term.none.late"), width(), 0);
      return ExitCodes.OK;
    }
    TextTable t = TextTable.of(width(), keep(w.get("col.code")), shorten(w.get("col.activity")),
        shorten(w.get("col.lead")), keep(w.get("col.due")), keep(w.get("col.finished")),
        keep(w.get("col.daysLate")));
    for (LateActivity l : rows.items()) {
      Activity a = l.activity();
      t.row(a.code(), a.title(), a.lead().orElse(""), l.due(), l.finished(), l.daysLate());
    }
    t.print(out());
    PageOptions.printMore(out(), w, rows.more(), width());
    return ExitCodes.OK;
  }
}
