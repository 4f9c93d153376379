package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlanOverdue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics overdue}: activities past their due date and not done. */
@Command(name = "overdue", mixinStandardHelpOptions = true,
    description = "List the activities whose due date has passed and that are neither done nor "
        + "cancelled.",
    footer = {"", "Examples:", "  mics overdue mics-2023-2025.kk --as-of 2024-10-01",
        "  mics overdue --all --as-of 2024-10-01"})
final class OverdueCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (default: "
      + "today).")
  LocalDate asOf;

  @Option(names = "--all", description = "Everything: without PLAN, the overdue activities of "
      + "every stored plan, by plan key; with PLAN, every row.")
  boolean all;

  @Override
  public Integer call() {
    LocalDate day = dayOr(asOf);
    if (all && plan == null) {
      return everyPlan(day);
    }
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

  /** The overdue activities of every stored plan, read with one query. */
  private int everyPlan(LocalDate day) {
    Page<PlanOverdue> page = views().overdueEverywhere(day, Page.ALL);
    if (json) {
      Output.json(out(), page.items().stream().map(o -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", o.plan().value());
        m.putAll(Views.overdue(o.overdue()));
        return m;
      }).toList());
      return ExitCodes.OK;
    }
    Words w = words(language.asked(), Optional.empty());
    if (page.items().isEmpty()) {
      TextTable.printWrapped(out(), w.format("term.none.overdue", day), width(), 0);
      return ExitCodes.OK;
    }
    TextTable t = TextTable.of(width(), TextTable.keep(w.get("col.plan")),
        TextTable.keep(w.get("col.code")), TextTable.shorten(w.get("col.activity")),
        TextTable.shorten(w.get("col.lead")), TextTable.keep(w.get("col.due")),
        TextTable.keep(w.get("col.daysOverdue")), TextTable.keep(w.get("col.status")));
    for (PlanOverdue o : page.items()) {
      Activity a = o.overdue().activity();
      t.row(o.plan().value(), a.code(), a.title(), a.lead().orElse(""), o.overdue().due(),
          o.overdue().daysOverdue(), w.status(o.overdue().status()));
    }
    t.print(out());
    out().flush();
    return ExitCodes.OK;
  }
}
