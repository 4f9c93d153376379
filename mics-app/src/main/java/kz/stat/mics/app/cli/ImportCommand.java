package kz.stat.mics.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.application.ImportDocument.Imported;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlanKeyTakenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics import}: stores a plan document as a new revision, or a whole exported history. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Store a plan document (table text, DOCX, JSON, CSV, or a project schedule: "
        + "MPP, MSPDI, XER, PMXML, GanttProject, Planner, ProjectLibre ...) as the next revision of "
        + "a plan; an unchanged document creates nothing. A history exported by 'mics export' is "
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
    Optional<PlanKey> key = Optional.ofNullable(plan).map(ImportCommand::planKey);
    // a file that is not there is named before the store is opened (and its server started)
    FileDocument document = FileDocument.of(input);
    Imported imported;
    try {
      imported = root().importer().importDocument(
          Actor.operator(System.getProperty("user.name", "")), document, key);
    } catch (PlanKeyTakenException e) {
      throw UserError.data(input + ": " + e.getMessage() + "; import the history under another "
          + "key with --plan KEY");
    }
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("plan", imported.key().value());
      result.put("revision", imported.revision());
      result.put("created", imported.created());
      imported.progressEvents().ifPresent(n -> result.put("progressEvents", n));
      Output.json(out(), result);
    } else if (imported.created()) {
      out().printf("%s: stored as plan %s, revision %s%n", input, imported.key(),
          imported.revision());
    } else {
      out().printf("%s: unchanged, plan %s stays at revision %s%n", input, imported.key(),
          imported.revision());
    }
    return ExitCodes.OK;
  }

  private static PlanKey planKey(String plan) {
    if (!PlanKey.isValid(plan) || PlanKey.looksLikeDocument(plan)) {
      throw UserError.usage("--plan: a plan key is 1 to 64 letters, digits, '.', '_' or '-', "
          + "starting with a letter or digit, and does not end like a document (.txt, .docx, "
          + ".json, .csv, .xlsx): " + plan);
    }
    return PlanKey.of(plan);
  }
}
