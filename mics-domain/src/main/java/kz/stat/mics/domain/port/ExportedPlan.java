package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.progress.PlanProgress;

/**
 * What an export writes: a plan, where it came from, its progress, the day its status is seen from
 * and the language of the labels around it.
 *
 * @param key the stored plan's key, empty for a plan read from a document
 * @param revision the stored revision's number, 0 for a plan read from a document
 * @param plan the plan
 * @param progress every progress step of the plan; none for a plan read from a document
 * @param asOf the day the status is seen from; empty when the export shows the plan alone
 * @param language the language of headings and labels the writer adds
 */
public record ExportedPlan(
    Optional<PlanKey> key,
    int revision,
    ActionPlan plan,
    PlanProgress progress,
    Optional<LocalDate> asOf,
    Language language) {

  public ExportedPlan {
    checkNotNull(key, "key");
    checkNotNull(plan, "plan");
    checkNotNull(progress, "progress");
    checkNotNull(asOf, "asOf");
    checkNotNull(language, "language");
  }

  /** A plan read from a document: no key, no progress, no day, labels in the plan's language. */
  public static ExportedPlan of(ActionPlan plan) {
    return new ExportedPlan(
        Optional.empty(), 0, plan, PlanProgress.none(), Optional.empty(), plan.language());
  }
}
