package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

/** A view's answer, with the plan it was computed on. */
public record Viewed<T>(ViewedPlan plan, T answer) {
  public Viewed {
    checkNotNull(plan, "plan");
    checkNotNull(answer, "answer");
  }
}
