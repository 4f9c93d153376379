package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.PlanKey;

/** An overdue activity of one of the stored plans, for the view across every plan. */
public record PlanOverdue(PlanKey plan, OverdueActivity overdue) {
  public PlanOverdue {
    checkNotNull(plan, "plan");
    checkNotNull(overdue, "overdue");
  }
}
