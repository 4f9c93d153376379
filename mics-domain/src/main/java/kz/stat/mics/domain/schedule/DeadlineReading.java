package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What the deadline parser made of a text: either a deadline with its windows, or the text kept with
 * the reason it could not be read. Never an exception.
 */
public sealed interface DeadlineReading {

  /** The deadline; unresolved (no windows) when the text was not understood. */
  Deadline deadline();

  /** The text was read into a deadline. */
  record Understood(Deadline deadline) implements DeadlineReading {
    public Understood {
      checkNotNull(deadline, "deadline");
    }
  }

  /** The text could not be read; {@code reason} says why, in words a statistician understands. */
  record NotUnderstood(String text, String reason) implements DeadlineReading {
    public NotUnderstood {
      checkNotNull(text, "text");
      checkNotNull(reason, "reason");
    }

    @Override
    public Deadline deadline() {
      return Deadline.unresolved(text);
    }
  }
}
