package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.account.NotAllowedException;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;

/**
 * Records a step of progress on one activity. Without an expected version the step is appended
 * after whatever was recorded before it, in one transaction; with one, the step is refused as a
 * conflict when anyone recorded since that version.
 */
public final class RecordProgress {
  private final Plans plans;
  private final TimeSource time;

  public RecordProgress(Plans plans, TimeSource time) {
    this.plans = checkNotNull(plans, "plans");
    this.time = checkNotNull(time, "time");
  }

  /**
   * A step to record.
   *
   * @param on the day it took effect; today when empty
   * @param actor who reports it
   * @param expectedVersion the plan's progress version the reporter last saw, if any
   */
  public record Step(PlanKey plan, ActivityCode activity, Status status, Optional<LocalDate> on,
      String actor, String note, OptionalLong expectedVersion) {
    public Step {
      checkNotNull(plan, "plan");
      checkNotNull(activity, "activity");
      checkNotNull(status, "status");
      checkNotNull(on, "on");
      checkNotNull(actor, "actor");
      checkNotNull(note, "note");
      checkNotNull(expectedVersion, "expectedVersion");
      expectedVersion.ifPresent(v -> checkArgument(v >= 0,
          "a progress version is 0 or more: %s", v));
    }
  }

  /**
   * Records the step for {@code actor}, whose name the event carries (the step's own actor is not
   * used): an editor only on an activity of its executors, a viewer never.
   *
   * @throws NotAllowedException when the actor may not record on that activity; nothing is stored
   * @throws kz.stat.mics.domain.port.UnknownPlanException when there is no such plan or activity
   * @throws kz.stat.mics.domain.port.ProgressConflictException when the expected version is stale
   */
  public ProgressEvent record(Actor actor, Step step) {
    checkNotNull(actor, "actor");
    checkNotNull(step, "step");
    if (!(actor instanceof Actor.Operator)) {
      Activity activity = plans.latest(step.plan())
          .orElseThrow(() -> UnknownPlanException.plan(step.plan()))
          .plan().activities().stream()
          .filter(a -> a.code().equals(step.activity().value()))
          .findFirst()
          .orElseThrow(() -> new UnknownPlanException("the plan " + step.plan()
              + " has no activity " + step.activity().value()));
      if (!actor.mayRecordOn(activity)) {
        throw new NotAllowedException(actor.name() + " may not record progress on "
            + activity.code() + ": it is not an activity of their executors");
      }
    }
    return record(new Step(step.plan(), step.activity(), step.status(), step.on(), actor.name(),
        step.note(), step.expectedVersion()));
  }

  /**
   * Records the step as the store's operator, who may record on every activity (the embedding
   * service's own call).
   *
   * @throws kz.stat.mics.domain.port.UnknownPlanException when there is no such plan or activity
   * @throws kz.stat.mics.domain.port.ProgressConflictException when the expected version is stale
   */
  public ProgressEvent record(Step step) {
    checkNotNull(step, "step");
    ProgressChange change = new ProgressChange(step.activity().value(), step.status(),
        step.on().orElseGet(time::today), step.actor(), step.note());
    return step.expectedVersion().isPresent()
        ? plans.record(step.plan(), change, step.expectedVersion().getAsLong())
        : plans.record(step.plan(), change);
  }
}
