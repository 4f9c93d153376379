package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.Optional;
import kz.stat.mics.domain.application.BuildReport;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.application.Viewed;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.StatusSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics report}: the status summary, and the HTML report for management. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Print the status summary and write the report: one self-contained HTML file "
        + "with the summary, a Gantt chart, the overdue and due-soon tables, the workload heat map "
        + "and the financing breakdown. A plan document is shown as it is, with the progress of "
        + "the plan stored under its key; only 'mics import' stores it.",
    footer = {"", "Example:",
        "  mics report examples/mics-2023-2025.kk.txt --as-of 2024-10-01 -o report.html"})
final class ReportCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN",
      description = "A stored plan key, or a plan document (shown as it is, never stored).")
  String plan;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to report as of "
      + "(default: today).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "kk, ru or en: the language of the labels (default: the plan's).")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "report.html",
      description = "The HTML file to write (default: report.html).")
  Path output;

  @Override
  public Integer call() throws IOException {
    Optional<Language> language = Optional.empty();
    if (lang != null) {
      language = Optional.of(Language.ofCode(lang)
          .orElseThrow(() -> UserError.usage("--lang must be kk, ru or en, not: " + lang)));
    }
    PlanSource source = source(plan);
    try (Steps steps = Steps.start("mics report", 2)) {
      steps.step("reading the plan and writing the report");
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      BuildReport report = root().report();
      LocalDate day = asOf != null ? asOf : root().views().today();
      Viewed<StatusSummary> summary = report.write(source, day, language, buffer);
      noteOrigin(plan, summary.plan());
      steps.done();
      steps.step("writing " + output);
      StatusCommand.print(out(), summary.plan().key().value(), summary.answer(),
          words(language, Optional.of(summary.plan().language())), width());
      DocumentOutput.write(output, buffer, out());
      steps.done();
    }
    out().println();
    out().println("report written to " + output);
    return ExitCodes.OK;
  }
}
