package kz.stat.mics.domain.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where "now" and "today" come from, so that time can be fixed in tests. */
public interface TimeSource {
  Instant now();

  /** Today in the plan's zone. */
  default LocalDate today() {
    return LocalDate.ofInstant(now(), zone());
  }

  default ZoneId zone() {
    return ZoneId.of("Asia/Almaty");
  }

  /** The machine's clock. */
  static TimeSource system() {
    return Instant::now;
  }

  /** A clock stopped at {@code instant}. */
  static TimeSource fixed(Instant instant) {
    return () -> instant;
  }
}
