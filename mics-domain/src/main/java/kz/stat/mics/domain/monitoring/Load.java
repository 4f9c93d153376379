package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

/** How many activities one executor carries in one month: as the lead and as a co-executor. */
public record Load(int lead, int co) {
  public static final Load NONE = new Load(0, 0);

  public Load {
    checkArgument(lead >= 0 && co >= 0, "a load cannot be negative: %s/%s", lead, co);
  }

  public int total() {
    return lead + co;
  }

  public Load plus(Load other) {
    return new Load(lead + other.lead, co + other.co);
  }
}
