package kz.stat.mics.domain.port;

import kz.stat.mics.domain.plan.PlanKey;

/** A whole history cannot be restored under a key that already holds a plan; nothing was stored. */
public class PlanKeyTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient PlanKey key;

  public PlanKeyTakenException(PlanKey key) {
    super("a plan is already stored under the key " + key + "; nothing was restored");
    this.key = key;
  }

  /** The key that is taken. */
  public PlanKey key() {
    return key;
  }
}
