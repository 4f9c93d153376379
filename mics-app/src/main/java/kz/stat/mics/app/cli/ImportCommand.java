package kz.stat.mics.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.SavedRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics import}: stores a plan document as a new revision, or a whole exported history. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Store a plan document (table text, DOCX, JSON, CSV) as the next revision of a "
        + "plan; an unchanged document creates nothing. A history exported by 'mics export' is "
        + "restored whole.",
    footer = {"", "Example:", "  mics import examples/mics-2023-2025.kk.txt --plan mics-2023-2025"})
final class ImportCommand extends StoreCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(paramLabel = "INPUT", description = "The plan document.")
  Path input;

  @Option(names = "--plan", paramLabel = "KEY",
      description = "The key to store it under (default: from the file name).")
  String plan;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Map<String, Object> result = new LinkedHashMap<>();
    if (PlanFiles.isHistory(input)) {
      PlanHistory history = PlanFiles.readHistory(input);
      if (plan != null) {
        history = PlanHistory.of(key(), history.revisions(), history.progress());
      }
      if (plans().latest(history.key()).isPresent()) {
        throw UserError.data(input + ": a plan is already stored under the key " + history.key()
            + "; import the history under another key with --plan KEY");
      }
      plans().restore(history);
      result.put("plan", history.key().value());
      result.put("revision", history.latest().number());
      result.put("created", true);
      result.put("progressEvents", history.progress().version());
    } else {
      PlanKey key = plan != null ? key() : PlanKey.fromFileName(input.getFileName().toString());
      SavedRevision saved = plans().save(key, PlanFiles.read(input));
      result.put("plan", saved.key().value());
      result.put("revision", saved.revision());
      result.put("created", saved.created());
    }
    if (json) {
      Output.json(out(), result);
    } else if (Boolean.TRUE.equals(result.get("created"))) {
      out().printf("%s: stored as plan %s, revision %s%n", input, result.get("plan"),
          result.get("revision"));
    } else {
      out().printf("%s: unchanged, plan %s stays at revision %s%n", input, result.get("plan"),
          result.get("revision"));
    }
    return ExitCodes.OK;
  }

  private PlanKey key() {
    if (!PlanKey.isValid(plan)) {
      throw UserError.usage("--plan: a plan key is 1 to 64 letters, digits, '.', '_' or '-', "
          + "starting with a letter or digit: " + plan);
    }
    return PlanKey.of(plan);
  }
}
