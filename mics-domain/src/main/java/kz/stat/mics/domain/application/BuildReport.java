package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.port.ReportWriter;

/**
 * The report for management on a plan as of a day: written through the report port, with the
 * status summary it opens with returned for a caller that shows it too.
 */
public final class BuildReport {
  private final PlanViews views;
  private final ReportWriter writer;

  public BuildReport(PlanViews views, ReportWriter writer) {
    this.views = checkNotNull(views, "views");
    this.writer = checkNotNull(writer, "writer");
  }

  /** Writes the report on {@code source} as of {@code asOf}, labelled in {@code language}. */
  public Viewed<StatusSummary> write(PlanSource source, LocalDate asOf,
      Optional<Language> language, OutputStream out) throws IOException {
    checkNotNull(asOf, "asOf");
    checkNotNull(language, "language");
    checkNotNull(out, "out");
    OpenedPlan plan = views.open(source);
    ReportWriter.Request request = ReportWriter.Request.of(plan.plan(), plan.progress(), asOf);
    request = language.map(request::in).orElse(request);
    writer.write(request, out);
    return new Viewed<>(plan.heading(), Monitor.of(plan.plan(), plan.progress()).status(asOf));
  }
}
