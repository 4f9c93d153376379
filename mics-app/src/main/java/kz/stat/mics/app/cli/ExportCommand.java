package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics export}: a stored plan written out, with all its history in JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a stored plan. JSON holds every revision and every progress event "
        + "(mics-history format; 'mics import' restores it into another store); CSV holds the "
        + "latest revision. ICS is a calendar (a to-do per activity, an event per window) that "
        + "calendar clients update in place; MSPDI is MS Project XML with the progress recorded.",
    footer = {"", "Examples:", "  mics export mics-2023-2025.kk --to json -o plan-history.json",
        "  mics export mics-2023-2025.kk --to ics --executor ХСД -o hsd.ics",
        "  mics export mics-2023-2025.kk --to mspdi -o plan.xml"})
final class ExportCommand extends StoreCommand implements Callable<Integer> {

  enum Target { json, csv, ics, mspdi }

  @Parameters(paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json, csv, ics or mspdi.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write "
      + "(default: standard output).")
  Path output;

  @Mixin
  CsvOptions csv;

  @Mixin
  CalendarOptions calendar;

  @Override
  public Integer call() throws IOException {
    PlanKey key = key(plan);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PlanWriter calendarWriter = calendar.writer(root(), to.name());
    if (to == Target.ics || to == Target.mspdi) {
      PlanWriter writer = to == Target.ics ? calendarWriter : root().writer("mspdi", ',', false);
      root().export().latest(key, Optional.empty(), Optional.empty(), writer, buffer);
    } else if (to == Target.json) {
      root().export().history(key, root().historyWriter(), buffer);
    } else {
      root().export().latest(key, csv.writer(root(), "csv"), buffer);
    }
    DocumentOutput.write(output, buffer, out());
    return ExitCodes.OK;
  }
}
