package kz.stat.mics.io.xlsx;

import java.util.List;

/**
 * The layout shared by the writer and the reader: the sheet names, and the columns of the Plan
 * sheet in the order the writer puts them (the reader finds them by their headings).
 */
final class PlanSheet {
  static final String PLAN = "Plan";
  static final String OVERDUE = "Overdue and due soon";
  static final String WORKLOAD = "Workload";
  static final String FINANCING = "Financing";
  static final String ABBREVIATIONS = "Abbreviations";

  /** The title row, then the header row: the rows before the plan's own. */
  static final int TITLE_ROW = 0;
  static final int HEADER_ROW = 1;

  static final int NUMBER = 0;
  static final int ACTIVITY = 1;
  static final int LEAD = 2;
  static final int CO_EXECUTORS = 3;
  static final int DEADLINE = 4;
  static final int STARTS = 5;
  static final int ENDS = 6;
  static final int COMPLETION_FORM = 7;
  static final int FINANCING_TEXT = 8;
  static final int STATUS = 9;
  static final int STARTED = 10;
  static final int FINISHED = 11;

  /** The longest text an Excel cell holds. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Labels (keys of the report's bundles) that head the co-executor column, in any language. */
  static final String CO_EXECUTORS_LABEL = "col.coExecutors";

  /** Column widths in characters, in column order. */
  static final List<Integer> WIDTHS = List.of(7, 60, 18, 24, 26, 11, 11, 40, 16, 16, 11, 11);

  private PlanSheet() {}

  /** Whether a text would be taken for a formula or a number if typed: shown with a quote prefix. */
  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }
}
