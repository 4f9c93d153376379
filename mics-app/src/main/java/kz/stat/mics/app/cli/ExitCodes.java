package kz.stat.mics.app.cli;

/** The exit codes of {@code mics}, after BSD sysexits. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;
  /** {@code validate} found errors in the plan. */
  public static final int FINDINGS = 1;
  /** Wrong usage: an unknown command or option, a bad argument. */
  public static final int USAGE = 64;
  /** Bad input data: an unreadable document, an unknown plan or activity, a conflict. */
  public static final int DATA = 65;
  /** An input/output error: a file or the database could not be read or written. */
  public static final int IO = 74;

  private ExitCodes() {}
}
