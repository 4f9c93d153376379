package kz.stat.mics.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.UnknownPlanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics revisions}: every revision of a plan. */
@Command(name = "revisions", mixinStandardHelpOptions = true,
    description = "List every revision of a stored plan.",
    footer = {"", "Example:", "  mics revisions mics-2023-2025.kk"})
final class RevisionsCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN", description = "A stored plan key or a plan document.")
  String plan;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PlanKey key = resolve(plan);
    List<Revision> revisions = plans().revisions(key);
    if (revisions.isEmpty()) {
      throw UnknownPlanException.plan(key);
    }
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Revision r : revisions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", r.number());
        m.put("savedAt", r.savedAt().toString());
        m.put("title", r.plan().title());
        m.put("activities", r.plan().activities().size());
        rows.add(m);
      }
      Output.json(out(), rows);
    } else {
      TextTable t = TextTable.of("REVISION", "SAVED", "ACTIVITIES", "TITLE");
      for (Revision r : revisions) {
        t.row(r.number(), r.savedAt(), r.plan().activities().size(), r.plan().title());
      }
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
