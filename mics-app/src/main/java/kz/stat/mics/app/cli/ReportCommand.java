package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.ReportWriter;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.io.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics report}: the status summary, and the HTML report for management. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Print the status summary and write the report: one self-contained HTML file "
        + "with the summary, a Gantt chart, the overdue and due-soon tables, the workload heat map "
        + "and the financing breakdown. A plan document is imported first (idempotently).",
    footer = {"", "Example:",
        "  mics report examples/mics-2023-2025.kk.txt --as-of 2024-10-01 -o report.html"})
final class ReportCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN",
      description = "A stored plan key, or a plan document (imported first, idempotently).")
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
    LocalDate day = asOf != null ? asOf : mics.workspace.today();
    Language language = null;
    if (lang != null) {
      language = Language.ofCode(lang)
          .orElseThrow(() -> UserError.usage("--lang must be kk, ru or en, not: " + lang));
    }
    ReportWriter.Request request;
    PlanKey key;
    try (Steps steps = Steps.start("mics report", 3)) {
      steps.step("opening the store and the plan");
      key = resolve(plan);
      ActionPlan p = latest(key).plan();
      PlanProgress progress = plans().progress(key);
      steps.done();
      steps.step("summarising");
      request = ReportWriter.Request.of(p, progress, day);
      if (language != null) {
        request = request.in(language);
      }
      StatusCommand.print(out(), key.value(), Monitor.of(p, progress).status(day));
      steps.done();
      steps.step("writing " + output);
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      HtmlReport.create().write(request, buffer);
      DocumentOutput.write(output, buffer, out());
      steps.done();
    }
    out().println();
    out().println("report written to " + output);
    return ExitCodes.OK;
  }
}
