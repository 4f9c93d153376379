package kz.stat.mics.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.port.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mics plans}: the stored plans. */
@Command(name = "plans", mixinStandardHelpOptions = true, description = "List the stored plans.",
    footer = {"", "Example:", "  mics plans --json"})
final class PlansCommand extends StoreCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() {
    List<PlanSummary> all = root().catalog().plans();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PlanSummary s : all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", s.key().value());
        m.put("title", s.title());
        m.put("revision", s.latestRevision());
        m.put("savedAt", s.savedAt().toString());
        m.put("activities", s.activities());
        rows.add(m);
      }
      Output.json(out(), rows);
    } else {
      Words w = words(language.asked(), Optional.empty());
      TextTable t = TextTable.of(width(), TextTable.keep(w.get("col.plan")),
          TextTable.keep(w.get("col.revision")), TextTable.keep(w.get("col.activities")),
          TextTable.keep(w.get("col.saved")), TextTable.shorten(w.get("col.title")));
      for (PlanSummary s : all) {
        t.row(s.key(), s.latestRevision(), s.activities(), time(s.savedAt()), s.title());
      }
      if (t.isEmpty()) {
        TextTable.printWrapped(out(), w.get("term.none.plans"), width(), 0);
      } else {
        t.print(out());
      }
    }
    return ExitCodes.OK;
  }
}
