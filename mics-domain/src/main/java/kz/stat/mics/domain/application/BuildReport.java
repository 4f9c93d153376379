package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.ReportWriter;
import kz.stat.mics.domain.port.RevisionPage;
import kz.stat.mics.domain.port.SectionStatus;

/**
 * The report for management on a plan as of a day: written through the report port, with the
 * status summary it opens with returned for a caller that shows it too. A stored plan of more than
 * {@value #LARGE_PLAN} activities gets the summary report instead, answered by the store's queries
 * without loading the plan, whose size does not grow with the plan.
 */
public final class BuildReport {
  /**
   * A stored plan with more activities than this is summed up by section rather than drawn bar by
   * bar: a chart of more bars than this is too tall to read, and the whole report grows with it.
   */
  public static final int LARGE_PLAN = 2_000;
  /** The rows the summary report lists of each list: sections, overdue and due soon. */
  public static final int SUMMARY_ROWS = 100;

  private final PlanViews views;
  private final ReportWriter writer;

  public BuildReport(PlanViews views, ReportWriter writer) {
    this.views = checkNotNull(views, "views");
    this.writer = checkNotNull(writer, "writer");
  }

  /**
   * Writes the report on {@code source} as of {@code asOf}, labelled in {@code language}, showing
   * only the activities that {@code filter} keeps (sections left empty are left out).
   */
  public Viewed<StatusSummary> write(PlanSource source, LocalDate asOf,
      Optional<Language> language, ReportFilter filter, OutputStream out) throws IOException {
    checkNotNull(filter, "filter");
    if (filter.isNone()) {
      return write(source, asOf, language, out);
    }
    OpenedPlan opened = views.open(source);
    Monitor then = Monitor.of(opened.plan(), opened.progress()).asOf(asOf);
    List<Section> sections = new ArrayList<>();
    for (Section s : opened.plan().sections()) {
      List<Activity> kept = s.activities().stream()
          .filter(a -> filter.keeps(new ActivityRow(s, a, then.statusOf(a), a.deadline().due(), 0)))
          .toList();
      if (!kept.isEmpty()) {
        sections.add(Section.of(s.number(), s.title(), kept));
      }
    }
    ActionPlan p = opened.plan();
    ActionPlan narrowed = ActionPlan.of(p.title(), p.language(), p.period(), sections,
        p.executors());
    OpenedPlan shown = new OpenedPlan(opened.key(), narrowed, opened.progress(), opened.origin(),
        opened.storedRevision());
    ReportWriter.Request request = ReportWriter.Request.of(narrowed, opened.progress(), asOf);
    request = language.map(request::in).orElse(request);
    writer.write(request, out);
    return new Viewed<>(shown.heading(), Monitor.of(narrowed, opened.progress()).status(asOf));
  }

  /** Writes the report on {@code source} as of {@code asOf}, labelled in {@code language}. */
  public Viewed<StatusSummary> write(PlanSource source, LocalDate asOf,
      Optional<Language> language, OutputStream out) throws IOException {
    checkNotNull(asOf, "asOf");
    checkNotNull(language, "language");
    checkNotNull(out, "out");
    if (source instanceof PlanSource.Stored stored) {
      RevisionPage head = views.contents(stored.key(), OptionalInt.empty(), Optional.empty(), 0);
      if (head.activities().total() > LARGE_PLAN) {
        return writeSummary(source, head, asOf, language, out);
      }
    }
    OpenedPlan plan = views.open(source);
    ReportWriter.Request request = ReportWriter.Request.of(plan.plan(), plan.progress(), asOf);
    request = language.map(request::in).orElse(request);
    writer.write(request, out);
    return new Viewed<>(plan.heading(), Monitor.of(plan.plan(), plan.progress()).status(asOf));
  }

  /** The summary report of a large stored plan, from the store's queries, page by page. */
  private Viewed<StatusSummary> writeSummary(PlanSource source, RevisionPage head, LocalDate asOf,
      Optional<Language> language, OutputStream out) throws IOException {
    Viewed<StatusSummary> status = views.status(source, asOf, SUMMARY_ROWS);
    Page<SectionStatus> sections = views.sections(source, asOf, SUMMARY_ROWS).answer();
    writer.writeSummary(new ReportWriter.Summary(head.title(), head.language(), head.period(),
        asOf, language, status.answer(), sections,
        views.workload(source, Optional.empty(), Monitor.DEFAULT_OVERLOAD_THRESHOLD).answer(),
        views.funding(source).answer()), out);
    return status;
  }
}
