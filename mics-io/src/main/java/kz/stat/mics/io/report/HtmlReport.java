package kz.stat.mics.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.port.ReportWriter;

/**
 * The progress report as one self-contained HTML5 file: summary counts, a Gantt chart in inline SVG,
 * the overdue, due-soon and starting-next tables, the executor workload as a heat map and the
 * financing breakdown. No script, font or style is fetched: it opens offline, prints on A3 landscape
 * and reads on a phone. The page is laid out by the jte templates in {@code src/main/jte}, compiled
 * with this module and escaping every text for where it lands: element text, attribute or SVG.
 */
public final class HtmlReport implements ReportWriter {
  /** Where the templates are generated: here, so that they see the package-private model. */
  private static final String TEMPLATE_PACKAGE = HtmlReport.class.getPackageName();
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null,
      ContentType.Html, HtmlReport.class.getClassLoader(), TEMPLATE_PACKAGE);

  /** Overload threshold of the workload heat map; see {@link Monitor#withOverloadThreshold}. */
  private final int overloadThreshold;

  private HtmlReport(int overloadThreshold) {
    this.overloadThreshold = overloadThreshold;
  }

  public static HtmlReport create() {
    return new HtmlReport(Monitor.DEFAULT_OVERLOAD_THRESHOLD);
  }

  /**
   * The report's words in {@code language}, by key (the keys of {@code report_en.properties}),
   * for other views of a plan that should speak as the report does.
   */
  public static ImmutableMap<String, String> labels(Language language) {
    return Labels.of(checkNotNull(language, "language")).all();
  }

  /** A report that frames workload cells with more than {@code n} activities. */
  public HtmlReport withOverloadThreshold(int n) {
    return new HtmlReport(n);
  }

  @Override
  public void write(Request request, OutputStream out) throws IOException {
    checkNotNull(request, "request");
    checkNotNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      render(request, new WriterOutput(w));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  @Override
  public void writeSummary(Summary summary, OutputStream out) throws IOException {
    checkNotNull(summary, "summary");
    checkNotNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      TEMPLATES.render("summary.jte", SummaryPage.of(summary,
          Labels.of(summary.labelLanguage())), new WriterOutput(w));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  /** The whole page as a string. */
  public String render(Request request) {
    StringOutput out = new StringOutput(256 * 1024);
    render(request, out);
    return out.toString();
  }

  private void render(Request request, TemplateOutput out) {
    checkNotNull(request, "request");
    Labels labels = Labels.of(request.labelLanguage());
    Monitor monitor = Monitor.of(request.plan(), request.progress())
        .withOverloadThreshold(overloadThreshold)
        .asOf(request.asOf());
    TEMPLATES.render("report.jte",
        ReportPage.of(request.plan(), monitor, request.asOf(), labels), out);
  }
}
