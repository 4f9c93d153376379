package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.plan.PlanKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics export}: a stored plan written out, with all its history in JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a stored plan. JSON holds every revision and every progress event "
        + "(mics-history format; 'mics import' restores it into another store); CSV holds the "
        + "latest revision.",
    footer = {"", "Example:", "  mics export mics-2023-2025.kk --to json -o plan-history.json"})
final class ExportCommand extends StoreCommand implements Callable<Integer> {

  enum Target { json, csv }

  @Parameters(paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json or csv.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write "
      + "(default: standard output).")
  Path output;

  @Mixin
  CsvOptions csv;

  @Override
  public Integer call() throws IOException {
    PlanKey key = key(plan);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    if (to == Target.json) {
      root().export().history(key, root().historyWriter(), buffer);
    } else {
      root().export().latest(key, csv.writer(root(), "csv"), buffer);
    }
    DocumentOutput.write(output, buffer, out());
    return ExitCodes.OK;
  }
}
