package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.progress.PlanProgress;

/**
 * A plan as a view sees it: the plan, the progress recorded on it, and where it came from.
 *
 * @param key the stored plan's key, or for a document the key its file name gives
 * @param storedRevision the stored revision this is, or for a document the latest stored revision
 *     under its key; empty when nothing is stored under the key
 */
public record OpenedPlan(PlanKey key, ActionPlan plan, PlanProgress progress, Origin origin,
    OptionalInt storedRevision) {

  /** Where the plan shown came from. */
  public enum Origin {
    /** The latest stored revision. */
    STORED,
    /** A document equal to the latest stored revision under its key. */
    DOCUMENT_AS_STORED,
    /** A document that differs from the latest stored revision under its key. */
    DOCUMENT_CHANGED,
    /** A document whose key holds no stored plan: it is shown without progress. */
    DOCUMENT_NOT_STORED
  }

  public OpenedPlan {
    checkNotNull(key, "key");
    checkNotNull(plan, "plan");
    checkNotNull(progress, "progress");
    checkNotNull(origin, "origin");
    checkNotNull(storedRevision, "storedRevision");
    checkArgument(storedRevision.isPresent() == (origin != Origin.DOCUMENT_NOT_STORED),
        "a stored revision goes with every origin but an unstored document");
  }

  /** The plan as a view names it. */
  public ViewedPlan heading() {
    return new ViewedPlan(key, plan.title(), plan.language(), origin, storedRevision);
  }
}
