package kz.stat.mics.domain.progress;

import java.util.Locale;
import java.util.Optional;

/** Where an activity stands. */
public enum Status {
  PLANNED,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** Whether nothing more is expected of the activity. */
  public boolean isClosed() {
    return this == DONE || this == CANCELLED;
  }

  /** The status for "in-progress", "IN_PROGRESS", "done" and so on. */
  public static Optional<Status> parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_')
        .replace(' ', '_');
    for (Status s : values()) {
      if (s.name().equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The lower-case, hyphenated form used on the command line: "in-progress". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
