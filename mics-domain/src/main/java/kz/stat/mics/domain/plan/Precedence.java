package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** "Activity {@code before} finishes before activity {@code after} starts." */
public record Precedence(String before, String after) {
  public Precedence {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    before = before.trim();
    after = after.trim();
    checkArgument(!before.isEmpty() && !after.isEmpty(), "precedence needs two codes");
  }

  public static Precedence of(String before, String after) {
    return new Precedence(before, after);
  }
}
