package kz.stat.mics.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.application.PlanCatalog.RevisionDiff;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.plan.PlanDiff;
import kz.stat.mics.domain.plan.PlanKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics diff}: what changed between two revisions of a plan. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show what changed between two revisions: activities added, removed, and changed "
        + "field by field. Without revisions: the previous one against the latest.",
    footer = {"", "Example:", "  mics diff mics-2023-2025.kk 1 2"})
final class DiffCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Parameters(index = "1", arity = "0..1", paramLabel = "REV_A", description = "The older revision.")
  Integer from;

  @Parameters(index = "2", arity = "0..1", paramLabel = "REV_B", description = "The newer revision.")
  Integer to;

  @Option(names = "--json", description = "Print the changes as JSON.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() {
    PlanKey key = key(plan);
    if (from != null && to == null) {
      throw UserError.usage("give two revisions, or none");
    }
    RevisionDiff revisions = root().catalog().diff(key, optional(from), optional(to));
    PlanDiff diff = revisions.diff();
    int a = revisions.from();
    int b = revisions.to();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("plan", key.value());
      m.put("from", a);
      m.put("to", b);
      m.put("added", diff.added());
      m.put("removed", diff.removed());
      List<Map<String, Object>> changes = new ArrayList<>();
      for (PlanDiff.Change c : diff.changes()) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("code", c.code());
        cm.put("field", c.field());
        cm.put("before", c.before());
        cm.put("after", c.after());
        changes.add(cm);
      }
      m.put("changed", changes);
      Output.json(out(), m);
      return ExitCodes.OK;
    }
    Words w = words(language.asked(), Optional.empty());
    OptionalInt width = width();
    TextTable.printWrapped(out(), w.format("term.diff", key, a, b), width, 2);
    if (diff.isEmpty()) {
      TextTable.printWrapped(out(), w.get("term.diff.none"), width, 2);
      return ExitCodes.OK;
    }
    for (String code : diff.added()) {
      TextTable.printWrapped(out(), "+ " + w.format("term.diff.added", code), width, 2);
    }
    for (String code : diff.removed()) {
      TextTable.printWrapped(out(), "- " + w.format("term.diff.removed", code), width, 2);
    }
    for (PlanDiff.Change c : diff.changes()) {
      TextTable.printWrapped(out(), "~ " + c.code() + " " + c.field() + ": " + c.before() + " -> "
          + c.after(), width, 2);
    }
    return ExitCodes.OK;
  }

  private static OptionalInt optional(Integer n) {
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }
}
