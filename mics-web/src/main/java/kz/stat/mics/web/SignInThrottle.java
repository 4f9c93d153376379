package kz.stat.mics.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FAILURES} failed sign-ins in a row, an account name is
 * refused for {@link #LOCK} whatever the password, and the lock doubles with each further failure.
 */
@Component
public final class SignInThrottle {
  static final int FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(1);

  private record State(int failures, Instant lockedUntil) {}

  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  /** How long {@code name} is still locked; zero when it may try. */
  public Duration locked(String name, Instant now) {
    State s = states.get(key(name));
    if (s == null || !s.lockedUntil().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, s.lockedUntil());
  }

  public void failed(String name, Instant now) {
    states.compute(key(name), (k, s) -> {
      int n = s == null ? 1 : s.failures() + 1;
      Instant until = n < FAILURES ? Instant.MIN
          : now.plus(LOCK.multipliedBy(1L << Math.min(10, n - FAILURES)));
      return new State(n, until);
    });
  }

  public void succeeded(String name) {
    states.remove(key(name));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
