package kz.stat.mics.domain.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One thing found wrong or worth knowing in a plan: how much it matters, the activity it is about
 * (none when it concerns the plan as a whole) and what it is, in words a statistician understands.
 */
public record Finding(Severity severity, Optional<String> activityCode, String message) {
  public Finding {
    checkNotNull(severity, "severity");
    checkNotNull(activityCode, "activityCode");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "a finding needs a message");
  }

  /** A finding about one activity. */
  public static Finding about(Severity severity, String activityCode, String message) {
    return new Finding(severity, Optional.of(activityCode), message);
  }

  /** A finding about the plan as a whole. */
  public static Finding onPlan(Severity severity, String message) {
    return new Finding(severity, Optional.empty(), message);
  }

  /** {@code WARNING 11.2: message}. */
  @Override
  public String toString() {
    return severity + activityCode.map(c -> " " + c).orElse("") + ": " + message;
  }
}
