package kz.stat.mics.app.cli;

import kz.stat.mics.domain.schedule.YearRange;

/** A problem to tell the user in one message, with the exit code that goes with it. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  static UserError usage(String message) {
    return new UserError(ExitCodes.USAGE, message);
  }

  static UserError data(String message) {
    return new UserError(ExitCodes.DATA, message);
  }

  static UserError io(String message) {
    return new UserError(ExitCodes.IO, message);
  }

  /** Refuses, as wrong usage, a year that {@link YearRange} does not know. */
  static void checkYear(String option, int year) {
    if (!YearRange.isValidYear(year)) {
      throw usage(option + " must be a year from " + YearRange.MIN_YEAR + " to "
          + YearRange.MAX_YEAR + ", not: " + year);
    }
  }

  int exitCode() {
    return exitCode;
  }
}
