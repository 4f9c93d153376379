package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;

/** What a document holds: one plan, or a whole exported history of a plan. */
public sealed interface PlanDocument {

  /**
   * A plan document (the Word table, its text export, JSON or CSV), with what its reader skipped as
   * not part of the plan (a stamp, a signature, a footnote marker, another table), each where it was.
   */
  record Plan(ActionPlan plan, ImmutableList<DocumentProblem> skipped) implements PlanDocument {
    public Plan {
      checkNotNull(plan, "plan");
      skipped = ImmutableList.copyOf(skipped);
    }

    /** A plan read whole, nothing skipped. */
    public Plan(ActionPlan plan) {
      this(plan, ImmutableList.of());
    }

    public static Plan of(ActionPlan plan, List<DocumentProblem> skipped) {
      return new Plan(plan, ImmutableList.copyOf(skipped));
    }
  }

  /** An exported history: every revision and progress event of one plan. */
  record History(PlanHistory history) implements PlanDocument {
    public History {
      checkNotNull(history, "history");
    }
  }
}
