package kz.stat.mics.domain.schedule;

/**
 * Reads deadline texts in Kazakh, Russian and English ("Наурыз-сәуір 2024", "до 15 марта 2024 г.",
 * "Q4 2023") into windows. It never throws for a text it cannot read; it says why instead.
 */
public final class DeadlineParser {
  private DeadlineParser() {}

  /** Reads {@code text} in {@code context}. */
  public static DeadlineReading read(String text, DeadlineContext context) {
    return new DeadlineReading.NotUnderstood(text, "not implemented yet");
  }
}
