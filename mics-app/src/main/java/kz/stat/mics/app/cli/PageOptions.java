package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;
import kz.stat.mics.domain.port.Page;
import picocli.CommandLine.Option;

/**
 * The {@code --limit} and {@code --all} options of the list views: a terminal view prints a page of
 * rows and then a line saying how many more there are; {@code --all} and {@code --json} print every
 * row.
 */
final class PageOptions {
  /** The rows a terminal view prints when no {@code --limit} is given. */
  static final int DEFAULT_LIMIT = 50;

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N rows, then how "
      + "many more there are (default: " + DEFAULT_LIMIT + "; --json prints every row).")
  Integer limit;

  @Option(names = "--all", description = "Print every row, not a page.")
  boolean all;

  /**
   * The rows a view asks for: every one for JSON or {@code --all}, else the limit.
   *
   * @throws UserError when the limit is below 1, or given with {@code --all}
   */
  int rows(boolean json) {
    int n = limit();
    if (all && limit != null) {
      throw UserError.usage("give --all or --limit, not both");
    }
    return json || all ? Page.ALL : n;
  }

  /**
   * The rows a view of every stored plan asks for: every one, unless a {@code --limit} is given for
   * the terminal.
   */
  int rowsOfEveryPlan(boolean json) {
    int n = limit();
    return json || limit == null ? Page.ALL : n;
  }

  /** The limit given, checked, or the default. */
  private int limit() {
    if (limit != null && limit < 1) {
      throw UserError.usage("--limit must be 1 or more, not " + limit);
    }
    return limit != null ? limit : DEFAULT_LIMIT;
  }

  /** After a page of rows: how many more there are and how to see them; nothing when none. */
  static void printMore(PrintWriter out, Words w, long more, OptionalInt width) {
    printMore(out, w, "term.more", more, width);
  }

  /** {@link #printMore}, saying which label tells how to see the rest. */
  static void printMore(PrintWriter out, Words w, String label, long more, OptionalInt width) {
    if (more > 0) {
      TextTable.printWrapped(out, w.format(label, w.number(more)), width, 0);
    }
  }
}
