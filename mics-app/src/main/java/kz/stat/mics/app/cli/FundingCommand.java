package kz.stat.mics.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.monitoring.Funding;
import picocli.CommandLine.Command;

/** {@code mics funding}: activities and activity-months by financing source. */
@Command(name = "funding", mixinStandardHelpOptions = true,
    description = "Count the activities, and the months they run, by financing source.",
    footer = {"", "Example:", "  mics funding mics-2023-2025.kk --json"})
final class FundingCommand extends ViewCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Viewed<List<Funding>> viewed = views().funding(source());
    List<Funding> rows = answer(viewed);
    if (json) {
      Output.json(out(), rows.stream().map(f -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", f.source().name());
        m.put("activities", f.activities());
        m.put("activityMonths", f.activityMonths());
        return m;
      }).toList());
    } else {
      Words w = words(viewed.plan());
      TextTable t = TextTable.of(width(), TextTable.wrap(w.get("col.source")),
          TextTable.keep(w.get("col.activities")), TextTable.keep(w.get("col.activityMonths")));
      for (Funding f : rows) {
        t.row(w.source(f.source()), f.activities(), f.activityMonths());
      }
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
