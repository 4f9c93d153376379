package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlanOverdue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mics overdue}: activities past their due date and not done. */
@Command(name = "overdue", mixinStandardHelpOptions = true,
    description = {"List the activities whose due date has passed and that are neither done nor "
        + "cancelled.", "Without PLAN, --all lists those of every stored plan, by plan key: every "
        + "row, or a page with --limit."},
    footer = {"", "Examples:", "  mics overdue mics-2023-2025.kk --as-of 2024-10-01",
        "  mics overdue --all --as-of 2024-10-01"})
final class OverdueCommand extends ViewCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (default: "
      + "today).")
  LocalDate asOf;

  @Mixin
  PageOptions page;

  @Override
  public Integer call() {
    LocalDate day = dayOr(asOf);
    if (page.all && plan == null) {
      return everyPlan(day);
    }
    Viewed<Page<OverdueActivity>> viewed = views().overdue(source(), day, page.rows(json));
    Page<OverdueActivity> rows = answer(viewed);
    if (json) {
      Output.json(out(), rows.items().stream().map(Views::overdue).toList());
      return ExitCodes.OK;
    }
    Words w = words(viewed.plan());
    if (rows.items().isEmpty()) {
      TextTable.printWrapped(out(), w.format("term.none.overdue", day), width(), 0);
    } else {
      Views.overdueTable(rows.items(), w, width()).print(out());
      PageOptions.printMore(out(), w, rows.more(), width());
    }
    return ExitCodes.OK;
  }

  /** The overdue activities of every stored plan, read with one query. */
  private int everyPlan(LocalDate day) {
    Page<PlanOverdue> rows = views().overdueEverywhere(day, page.rowsOfEveryPlan(json));
    if (json) {
      Output.json(out(), rows.items().stream().map(o -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", o.plan().value());
        m.putAll(Views.overdue(o.overdue()));
        return m;
      }).toList());
      return ExitCodes.OK;
    }
    Words w = words(language.asked(), Optional.empty());
    if (rows.items().isEmpty()) {
      TextTable.printWrapped(out(), w.format("term.none.overdue", day), width(), 0);
      return ExitCodes.OK;
    }
    TextTable t = TextTable.of(width(), TextTable.keep(w.get("col.plan")),
        TextTable.keep(w.get("col.code")), TextTable.shorten(w.get("col.activity")),
        TextTable.shorten(w.get("col.lead")), TextTable.keep(w.get("col.due")),
        TextTable.keep(w.get("col.daysOverdue")), TextTable.keep(w.get("col.status")));
    for (PlanOverdue o : rows.items()) {
      Activity a = o.overdue().activity();
      t.row(o.plan().value(), a.code(), a.title(), a.lead().orElse(""), o.overdue().due(),
          o.overdue().daysOverdue(), w.status(o.overdue().status()));
    }
    t.print(out());
    PageOptions.printMore(out(), w, "term.more.limited", rows.more(), width());
    out().flush();
    return ExitCodes.OK;
  }
}
