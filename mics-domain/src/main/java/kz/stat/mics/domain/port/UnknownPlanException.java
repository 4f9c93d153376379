package kz.stat.mics.domain.port;

import kz.stat.mics.domain.plan.PlanKey;

/** A plan, revision or activity that the store does not hold was asked for. */
public final class UnknownPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownPlanException(String message) {
    super(message);
  }

  public static UnknownPlanException plan(PlanKey key) {
    return new UnknownPlanException("no plan is stored under the key " + key);
  }

  /** The plan is stored, but has no revision numbered {@code number}. */
  public static UnknownPlanException revision(PlanKey key, int number) {
    return new UnknownPlanException("plan " + key + " has no revision " + number);
  }
}
