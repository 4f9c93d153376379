package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

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
 * @param changes how many revisions changed each activity, by code (absent: 0); filled only for a
 *     writer that {@linkplain PlanWriter#countsChanges() counts changes}
 */
public record ExportedPlan(
    Optional<PlanKey> key,
    int revision,
    ActionPlan plan,
    PlanProgress progress,
    Optional<LocalDate> asOf,
    Language language,
    ImmutableMap<String, Integer> changes) {

  public ExportedPlan {
    checkNotNull(key, "key");
    checkNotNull(plan, "plan");
    checkNotNull(progress, "progress");
    checkNotNull(asOf, "asOf");
    checkNotNull(language, "language");
    changes = ImmutableMap.copyOf(changes);
  }

  /** An export with no change counts. */
  public ExportedPlan(Optional<PlanKey> key, int revision, ActionPlan plan, PlanProgress progress,
      Optional<LocalDate> asOf, Language language) {
    this(key, revision, plan, progress, asOf, language, ImmutableMap.of());
  }

  /** This export with the change count of each activity. */
  public ExportedPlan withChanges(java.util.Map<String, Integer> value) {
    return new ExportedPlan(key, revision, plan, progress, asOf, language,
        ImmutableMap.copyOf(value));
  }

  /** How many revisions changed the activity {@code code}: 0 when none did. */
  public int changesOf(String code) {
    return changes.getOrDefault(code.trim(), 0);
  }

  /** A plan read from a document: no key, no progress, no day, labels in the plan's language. */
  public static ExportedPlan of(ActionPlan plan) {
    return new ExportedPlan(
        Optional.empty(), 0, plan, PlanProgress.none(), Optional.empty(), plan.language());
  }
}
