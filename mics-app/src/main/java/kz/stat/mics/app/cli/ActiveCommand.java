package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.shorten;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.ActiveActivity;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mics active}: activities whose window covers a day. */
@Command(name = "active", mixinStandardHelpOptions = true,
    description = "List the activities scheduled on a day: one of their windows covers it, and "
        + "they are neither done nor cancelled.",
    footer = {"", "Example:", "  mics active mics-2023-2025.kk --as-of 2024-10-01"})
final class ActiveCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
  LocalDate asOf;

  /** The day's older name. */
  @Option(names = "--on", paramLabel = "DATE", hidden = true)
  LocalDate on;

  @Mixin
  PageOptions page;

  @Override
  public Integer call() {
    LocalDate day = asOfOr(asOf, on, "--on");
    Viewed<Page<ActiveActivity>> viewed = views().active(source(), day, page.rows(json));
    Page<ActiveActivity> rows = answer(viewed);
    if (json) {
      Output.json(out(), rows.items().stream().map(r -> {
        var m = Views.activity(r.activity());
        m.put("status", r.status().name());
        return m;
      }).toList());
      return ExitCodes.OK;
    }
    Words w = words(viewed.plan());
    if (rows.items().isEmpty()) {
      TextTable.printWrapped(out(), w.format("term.none.active", day), width(), 0);
      return ExitCodes.OK;
    }
    TextTable t = TextTable.of(width(), keep(w.get("col.code")), shorten(w.get("col.activity")),
        shorten(w.get("col.lead")), shorten(w.get("col.deadline")), keep(w.get("col.status")));
    for (ActiveActivity r : rows.items()) {
      Activity a = r.activity();
      t.row(a.code(), a.title(), a.lead().orElse(""), a.deadline().text(), w.status(r.status()));
    }
    t.print(out());
    PageOptions.printMore(out(), w, rows.more(), width());
    return ExitCodes.OK;
  }
}
