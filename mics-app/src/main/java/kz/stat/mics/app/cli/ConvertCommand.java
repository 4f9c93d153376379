package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.application.CheckDocument;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mics convert}: a plan document in another format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert a plan document (the table text export, DOCX, JSON, CSV or XLSX, or "
        + "a project schedule: MPP, MSPDI, XER, PMXML, GanttProject, Planner, ProjectLibre ...) "
        + "to another format, an iCalendar file or MS Project XML. The input format is guessed "
        + "from the extension or the content unless --from is given (mspdi reads any schedule).",
    footer = {"", "Examples:",
        "  mics convert examples/mics-2023-2025.kk.txt --to json",
        "  mics convert plan.docx --to csv --separator ';' --bom -o plan.csv",
        "  mics convert plan.xlsx --to docx -o plan.docx",
        "  mics convert project.mpp --to json",
        "  mics convert examples/mics-2023-2025.kk.txt --to ics --executor ХСД -o hsd.ics"})
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand
  Mics mics;

  enum Source { table, docx, json, csv, xlsx, mspdi }

  enum Target { json, csv, table, docx, xlsx, ics, mspdi }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "The plan document.")
  Path input;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "table, docx, json, csv, xlsx or mspdi.")
  Source from;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "json, csv, table, docx, xlsx, ics or mspdi.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file to write (default: standard output; docx and xlsx need a file).")
  Path output;

  @Mixin
  CsvOptions csv;

  @Mixin
  CalendarOptions calendar;

  @Override
  public Integer call() throws IOException {
    if (CompositionRoot.isBinary(to.name()) && (output == null || output.toString().equals("-"))) {
      throw UserError.usage(to + " is a binary file: name the file to write with -o FILE");
    }
    CompositionRoot root = mics.workspace.root();
    CheckDocument check = root.check();
    FileDocument document = FileDocument.of(input);
    ActionPlan plan = from == null ? check.read(document)
        : check.read(document, root.reader(from.name()));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PlanWriter calendarWriter = calendar.writer(root, to.name());
    (calendarWriter != null ? calendarWriter : csv.writer(root, to.name())).write(plan, buffer);
    DocumentOutput.write(output, buffer, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
