package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActivityChanges;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.HistoryWriter;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.UnknownPlanException;

/** Writes a stored plan out: its whole history, or its latest revision, in a document format. */
public final class ExportPlan {
  private final Plans plans;

  public ExportPlan(Plans plans) {
    this.plans = checkNotNull(plans, "plans");
  }

  /**
   * Writes every revision and progress event of a plan, read from one snapshot.
   *
   * @throws UnknownPlanException when there is no such plan
   */
  public void history(PlanKey key, HistoryWriter writer, OutputStream out) throws IOException {
    checkNotNull(writer, "writer");
    checkNotNull(out, "out");
    PlanHistory history = plans.history(key).orElseThrow(() -> UnknownPlanException.plan(key));
    writer.write(history, out);
  }

  /**
   * Writes the latest revision of a plan.
   *
   * @throws UnknownPlanException when there is no such plan
   */
  public void latest(PlanKey key, PlanWriter writer, OutputStream out) throws IOException {
    checkNotNull(writer, "writer");
    checkNotNull(out, "out");
    writer.write(plans.latest(key).orElseThrow(() -> UnknownPlanException.plan(key)).plan(), out);
  }

  /**
   * Writes the latest revision of a plan with its progress, seen as of {@code asOf} when given, with
   * labels in {@code language} (the plan's own when empty). Plan and progress come from one snapshot;
   * for a writer that counts changes, so do all the revisions they are counted over.
   *
   * @throws UnknownPlanException when there is no such plan
   */
  public void latest(PlanKey key, Optional<LocalDate> asOf, Optional<Language> language,
      PlanWriter writer, OutputStream out) throws IOException {
    checkNotNull(asOf, "asOf");
    checkNotNull(language, "language");
    checkNotNull(writer, "writer");
    checkNotNull(out, "out");
    ExportedPlan export = plans.snapshot(store -> {
      if (writer.countsChanges()) {
        PlanHistory history = store.history(key).orElseThrow(() -> UnknownPlanException.plan(key));
        Revision latest = history.latest();
        return new ExportedPlan(Optional.of(key), latest.number(), latest.plan(),
            history.progress(), asOf, language.orElse(latest.plan().language()),
            ActivityChanges.count(history.revisions().stream().map(Revision::plan).toList()));
      }
      Revision latest = store.latest(key).orElseThrow(() -> UnknownPlanException.plan(key));
      return new ExportedPlan(Optional.of(key), latest.number(), latest.plan(), store.progress(key),
          asOf, language.orElse(latest.plan().language()));
    });
    writer.write(export, out);
  }
}
