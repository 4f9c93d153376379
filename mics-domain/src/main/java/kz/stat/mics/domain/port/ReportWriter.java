package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * Writes a report on a plan and its progress as of a date, for people to read: the whole report of
 * a plan, or the summary of a plan too large to draw activity by activity.
 */
public interface ReportWriter {

  /** Writes the report that {@code request} asks for to {@code out}, which it does not close. */
  void write(Request request, OutputStream out) throws IOException;

  /**
   * Writes the summary report that {@code summary} holds to {@code out}, which it does not close:
   * its size depends on the pages it is given, not on the plan.
   */
  void writeSummary(Summary summary, OutputStream out) throws IOException;

  /**
   * What the summary report of a large plan shows, every list already cut to a page: the plan's
   * title, language and period, the day it is as of, the language of its labels (the plan's own
   * when empty), the status summary, the sections most overdue first, the workload and the
   * financing.
   *
   * @param title the plan's title
   * @param planLanguage the plan's language
   * @param period the years the plan covers
   * @param asOf the day the report is as of
   * @param language the language of the labels; the plan's own when empty
   * @param status the counts as of the day, with a page of each of its lists
   * @param sections a page of the sections, most overdue first, and how many there are
   * @param workload the executors' workload by month
   * @param funding activities and activity-months per source of financing
   */
  record Summary(String title, Language planLanguage, YearRange period, LocalDate asOf,
      Optional<Language> language, StatusSummary status, Page<SectionStatus> sections,
      Workload workload, List<Funding> funding) {
    public Summary {
      checkNotNull(title, "title");
      checkNotNull(planLanguage, "planLanguage");
      checkNotNull(period, "period");
      checkNotNull(asOf, "asOf");
      checkNotNull(language, "language");
      checkNotNull(status, "status");
      checkNotNull(sections, "sections");
      checkNotNull(workload, "workload");
      funding = ImmutableList.copyOf(funding);
    }

    /** The language the labels are written in. */
    public Language labelLanguage() {
      return language.orElse(planLanguage);
    }
  }

  /**
   * What to report on: the plan, its progress, the day the report is as of, and the language of its
   * labels (the plan's own language when empty).
   */
  record Request(ActionPlan plan, PlanProgress progress, LocalDate asOf,
      Optional<Language> language) {
    public Request {
      checkNotNull(plan, "plan");
      checkNotNull(progress, "progress");
      checkNotNull(asOf, "asOf");
      checkNotNull(language, "language");
    }

    /** A report in the plan's own language. */
    public static Request of(ActionPlan plan, PlanProgress progress, LocalDate asOf) {
      return new Request(plan, progress, asOf, Optional.empty());
    }

    public Request in(Language value) {
      return new Request(plan, progress, asOf, Optional.of(value));
    }

    /** The language the labels are written in. */
    public Language labelLanguage() {
      return language.orElse(plan.language());
    }
  }
}
