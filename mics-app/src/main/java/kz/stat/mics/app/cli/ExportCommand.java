package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics export}: a stored plan written out, with all its history in JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a stored plan. JSON holds every revision and every progress event "
        + "(mics-history format; 'mics import' restores it into another store); CSV, the table "
        + "text, Word (docx) and Excel (xlsx) hold the latest revision. The workbook shows each "
        + "activity's status as of a day (--as-of, default today), with sheets of what is overdue "
        + "and due soon, the workload and the financing; the Word table adds a status column, "
        + "each row shaded by status, only with --as-of. ICS is a calendar (a to-do per activity, "
        + "an event per window) that calendar clients update in place; MSPDI is MS Project XML "
        + "with the progress recorded (as of --as-of when given).",
    footer = {"", "Examples:", "  mics export mics-2023-2025.kk --to json -o plan-history.json",
        "  mics export mics-2023-2025.kk --to xlsx --as-of 2024-10-01 -o plan.xlsx",
        "  mics export mics-2023-2025.kk --to docx --as-of 2024-10-01 --lang ru -o plan.docx",
        "  mics export mics-2023-2025.kk --to ics --executor ХСД -o hsd.ics",
        "  mics export mics-2023-2025.kk --to mspdi -o plan.xml"})
final class ExportCommand extends StoreCommand implements Callable<Integer> {

  enum Target { json, csv, table, docx, xlsx, ics, mspdi }

  @Parameters(paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "json, csv, table, docx, xlsx, ics or mspdi.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write "
      + "(default: standard output; docx and xlsx need a file).")
  Path output;

  @Option(names = "--as-of", paramLabel = "DATE", description = "docx and xlsx: the day the "
      + "status is seen from (xlsx default: today; docx: no status column without it).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", converter = LanguageOption.Code.class,
      description = "docx and xlsx: kk, ru or en, the language of the headings and words mics "
          + "adds (default: the plan's).")
  Language lang;

  @Mixin
  CsvOptions csv;

  @Mixin
  CalendarOptions calendar;

  @Override
  public Integer call() throws IOException {
    PlanKey key = key(plan);
    boolean seen = to == Target.docx || to == Target.xlsx || to == Target.ics
        || to == Target.mspdi;
    if (!seen && (asOf != null || lang != null)) {
      throw UserError.usage("--as-of and --lang apply to --to docx, xlsx, ics and mspdi only");
    }
    if (CompositionRoot.isBinary(to.name()) && (output == null || output.toString().equals("-"))) {
      throw UserError.usage(to + " is a binary file: name the file to write with -o FILE");
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PlanWriter calendarWriter = calendar.writer(root(), to.name());
    if (to == Target.json) {
      root().export().history(key, root().historyWriter(), buffer);
    } else if (seen) {
      Optional<LocalDate> day = Optional.ofNullable(asOf);
      if (to == Target.xlsx && day.isEmpty()) {
        day = Optional.of(root().views().today());
      }
      PlanWriter writer = to == Target.ics ? calendarWriter : csv.writer(root(), to.name());
      root().export().latest(key, day, Optional.ofNullable(lang), writer, buffer);
    } else {
      root().export().latest(key, csv.writer(root(), to.name()), buffer);
    }
    DocumentOutput.write(output, buffer, out());
    return ExitCodes.OK;
  }
}
