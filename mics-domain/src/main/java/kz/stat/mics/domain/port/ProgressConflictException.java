package kz.stat.mics.domain.port;

import kz.stat.mics.domain.plan.PlanKey;

/**
 * Someone else recorded progress on the plan after the version the caller last saw; nothing was
 * written.
 */
public final class ProgressConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final PlanKey plan;
  private final long expectedVersion;
  private final long actualVersion;

  public ProgressConflictException(PlanKey plan, long expectedVersion, long actualVersion) {
    super("plan " + plan + ": progress changed since version " + expectedVersion
        + " (it is now at version " + actualVersion + "); nothing was recorded, read it again and retry");
    this.plan = plan;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public PlanKey plan() {
    return plan;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  public long actualVersion() {
    return actualVersion;
  }
}
