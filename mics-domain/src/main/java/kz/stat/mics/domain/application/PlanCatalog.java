package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanDiff;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.RevisionSummary;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;

/** What is stored: the plans, a plan's revisions and progress events, and what changed between two. */
public final class PlanCatalog {
  private final Plans plans;

  public PlanCatalog(Plans plans) {
    this.plans = checkNotNull(plans, "plans");
  }

  /** Every stored plan, by key. */
  public List<PlanSummary> plans() {
    return plans.list();
  }

  /**
   * One revision of a plan, the latest when none is named.
   *
   * @throws UnknownPlanException when there is no such plan or revision
   */
  public Revision revision(PlanKey key, OptionalInt number) {
    checkNotNull(key, "key");
    if (number.isEmpty()) {
      return plans.latest(key).orElseThrow(() -> UnknownPlanException.plan(key));
    }
    return plans.snapshot(store -> store.revision(key, number.getAsInt()).orElseThrow(() ->
        store.revisions(key).isEmpty() ? UnknownPlanException.plan(key) : noRevision(key,
            number.getAsInt())));
  }

  /**
   * What is known of every revision of a plan, oldest first.
   *
   * @throws UnknownPlanException when there is no such plan
   */
  public List<RevisionSummary> revisions(PlanKey key) {
    List<RevisionSummary> all = plans.revisions(key);
    if (all.isEmpty()) {
      throw UnknownPlanException.plan(key);
    }
    return all;
  }

  /** A plan's progress events, all or those of one activity, with the plan's progress version. */
  public record ProgressLog(PlanKey key, long version, List<ProgressEvent> events) {
    public ProgressLog {
      checkNotNull(key, "key");
      events = List.copyOf(events);
    }
  }

  /**
   * The progress events of a plan, or of one of its activities.
   *
   * @throws UnknownPlanException when there is no such plan
   */
  public ProgressLog progress(PlanKey key, Optional<ActivityCode> activity) {
    checkNotNull(activity, "activity");
    return plans.snapshot(store -> {
      if (store.revisions(key).isEmpty()) {
        throw UnknownPlanException.plan(key);
      }
      PlanProgress progress = store.progress(key);
      return new ProgressLog(key, progress.version(),
          activity.map(code -> progress.eventsOf(code.value())).orElse(progress.events()));
    });
  }

  /** What changed from revision {@code from} to revision {@code to} of a plan. */
  public record RevisionDiff(PlanKey key, int from, int to, PlanDiff diff) {
    public RevisionDiff {
      checkNotNull(key, "key");
      checkNotNull(diff, "diff");
    }
  }

  /**
   * The changes between two revisions; without them, from the one before the latest to the
   * latest.
   *
   * @throws IllegalArgumentException when only one of the two revisions is given
   * @throws UnknownPlanException when there is no such plan or revision
   */
  public RevisionDiff diff(PlanKey key, OptionalInt from, OptionalInt to) {
    checkNotNull(key, "key");
    if (from.isPresent() != to.isPresent()) {
      throw new IllegalArgumentException("give two revisions, or none");
    }
    return plans.snapshot(store -> {
      // the revisions' numbers first, so that only the two compared are loaded
      List<RevisionSummary> all = store.revisions(key);
      if (all.isEmpty()) {
        throw UnknownPlanException.plan(key);
      }
      int latest = all.get(all.size() - 1).number();
      int a = from.orElse(Math.max(1, latest - 1));
      int b = to.orElse(latest);
      Revision ra = store.revision(key, a).orElseThrow(() -> noRevision(key, a));
      Revision rb = a == b ? ra : store.revision(key, b).orElseThrow(() -> noRevision(key, b));
      return new RevisionDiff(key, a, b, PlanDiff.between(ra.plan(), rb.plan()));
    });
  }

  private static UnknownPlanException noRevision(PlanKey key, int n) {
    return new UnknownPlanException("plan " + key + " has no revision " + n);
  }
}
