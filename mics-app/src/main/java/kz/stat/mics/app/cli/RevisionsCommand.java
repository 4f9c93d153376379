package kz.stat.mics.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.port.RevisionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics revisions}: every revision of a plan. */
@Command(name = "revisions", mixinStandardHelpOptions = true,
    description = "List every revision of a stored plan.",
    footer = {"", "Example:", "  mics revisions mics-2023-2025.kk"})
final class RevisionsCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() {
    List<RevisionSummary> revisions = root().catalog().revisions(key(plan));
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (RevisionSummary r : revisions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", r.number());
        m.put("savedAt", r.savedAt().toString());
        m.put("title", r.title());
        m.put("activities", r.activities());
        rows.add(m);
      }
      Output.json(out(), rows);
    } else {
      Words w = words(language.asked(), Optional.empty());
      TextTable t = TextTable.of(width(), TextTable.keep(w.get("col.revision")),
          TextTable.keep(w.get("col.saved")), TextTable.keep(w.get("col.activities")),
          TextTable.shorten(w.get("col.title")));
      for (RevisionSummary r : revisions) {
        t.row(r.number(), time(r.savedAt()), r.activities(), r.title());
      }
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
