package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.progress.PlanProgress;

/** Writes a report on a plan and its progress as of a date, for people to read. */
public interface ReportWriter {

  /** Writes the report that {@code request} asks for to {@code out}, which it does not close. */
  void write(Request request, OutputStream out) throws IOException;

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
