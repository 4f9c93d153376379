package kz.stat.mics.domain.schedule;

/**
 * Why a deadline text could not be read; thrown inside the parser only and turned into
 * {@link DeadlineReading.NotUnderstood}. It has no stack trace: bulk imports hit it often.
 */
final class Unreadable extends Exception {
  private static final long serialVersionUID = 1L;

  Unreadable(String reason) {
    super(reason, null, false, false);
  }
}
