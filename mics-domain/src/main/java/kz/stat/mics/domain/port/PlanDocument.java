package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;

/** What a document holds: one plan, or a whole exported history of a plan. */
public sealed interface PlanDocument {

  /** A plan document (the Word table, its text export, JSON or CSV). */
  record Plan(ActionPlan plan) implements PlanDocument {
    public Plan {
      checkNotNull(plan, "plan");
    }
  }

  /** An exported history: every revision and progress event of one plan. */
  record History(PlanHistory history) implements PlanDocument {
    public History {
      checkNotNull(history, "history");
    }
  }
}
