package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * An aligned plain-text table for people: a header, a rule, and rows padded to column width. Given a
 * width, it fits in it: headers wrap at spaces, text columns are shortened with "…" or wrapped, and
 * codes, dates and numbers stay whole. Without one (piped output) every cell is whole.
 */
final class TextTable {
  private static final int GAP = 2;
  /** How narrow a text column may become before the headers of the others wrap. */
  private static final int TEXT_MIN = 10;

  /** How a column's cells fit a narrower column. */
  enum Fit {
    /** Whole: codes, dates, numbers, statuses. */
    KEEP,
    /** On one line, cut with "…": titles in lists. */
    SHORTEN,
    /** Over as many lines as it takes, broken at spaces. */
    WRAP
  }

  /** A column: its heading and how its cells fit. */
  record Column(String header, Fit fit) {}

  static Column keep(String header) {
    return new Column(header, Fit.KEEP);
  }

  static Column shorten(String header) {
    return new Column(header, Fit.SHORTEN);
  }

  static Column wrap(String header) {
    return new Column(header, Fit.WRAP);
  }

  private final List<Column> columns;
  private final OptionalInt maxWidth;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(OptionalInt maxWidth, List<Column> columns) {
    this.columns = List.copyOf(columns);
    this.maxWidth = maxWidth;
  }

  /** A table that fits in {@code width} columns, or of whole cells when there is no width. */
  static TextTable of(OptionalInt width, Column... columns) {
    return new TextTable(width, Arrays.asList(columns));
  }

  TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "" : c.toString().replaceAll("\\s+", " ").trim());
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] width = widths();
    List<String> headers = columns.stream().map(Column::header).toList();
    printRow(out, headers, width, true);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(out, rule, width);
    for (List<String> r : rows) {
      printRow(out, r, width, false);
    }
    out.flush();
  }

  /** The width of each column: the widest cell, narrowed as far as needed to fit. */
  private int[] widths() {
    int n = columns.size();
    int[] width = new int[n];
    int[] cells = new int[n];
    for (List<String> r : rows) {
      for (int i = 0; i < n && i < r.size(); i++) {
        cells[i] = Math.max(cells[i], len(r.get(i)));
      }
    }
    for (int i = 0; i < n; i++) {
      width[i] = Math.max(cells[i], len(columns.get(i).header()));
    }
    if (maxWidth.isEmpty()) {
      return width;
    }
    int room = maxWidth.getAsInt() - GAP * (n - 1);
    // first the text columns, each by its share of the room they take beyond a readable width
    int[] floor = new int[n];
    for (int i = 0; i < n; i++) {
      int word = longestWord(columns.get(i).header());
      floor[i] = columns.get(i).fit() == Fit.KEEP ? Math.max(cells[i], word)
          : Math.min(width[i], Math.max(TEXT_MIN, word));
    }
    shareOut(width, floor, room);
    narrow(width, floor, room);
    // then the headings wrap, and the headings of codes and numbers break within words
    for (int i = 0; i < n; i++) {
      floor[i] = columns.get(i).fit() == Fit.KEEP ? Math.max(cells[i], 1) : Math.min(width[i], 3);
    }
    narrow(width, floor, room);
    return width;
  }

  /** Narrows every column above its floor in proportion to how far above it it is. */
  private static void shareOut(int[] width, int[] floor, int room) {
    long slack = 0;
    int total = 0;
    for (int i = 0; i < width.length; i++) {
      slack += width[i] - floor[i];
      total += width[i];
    }
    long excess = total - room;
    if (excess <= 0 || slack == 0) {
      return;
    }
    int[] natural = width.clone();
    for (int i = 0; i < width.length; i++) {
      width[i] = floor[i] + (int) ((natural[i] - floor[i]) * Math.max(0, slack - excess) / slack);
    }
    // what rounding down left over goes back, a column at a time
    for (int i = 0; Arrays.stream(width).sum() < room && i < width.length; i++) {
      if (width[i] < natural[i]) {
        width[i]++;
      }
    }
  }

  /** Takes a column at a time off the widest column above its floor until the total fits. */
  private static void narrow(int[] width, int[] floor, int room) {
    while (Arrays.stream(width).sum() > room) {
      int widest = -1;
      for (int i = 0; i < width.length; i++) {
        if (width[i] > floor[i] && (widest < 0 || width[i] > width[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      width[widest]--;
    }
  }

  private void printRow(PrintWriter out, List<String> cells, int[] width, boolean header) {
    List<List<String>> lines = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < width.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      Fit fit = header ? Fit.WRAP : columns.get(i).fit();
      List<String> l = switch (fit) {
        case KEEP -> List.of(c);
        case SHORTEN -> List.of(shorten(c, width[i]));
        case WRAP -> lines(c, width[i]);
      };
      lines.add(l);
      height = Math.max(height, l.size());
    }
    for (int k = 0; k < height; k++) {
      List<String> line = new ArrayList<>();
      for (List<String> l : lines) {
        line.add(k < l.size() ? l.get(k) : "");
      }
      line(out, line, width);
    }
  }

  private static void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      b.append(c);
      if (i < width.length - 1) {
        b.append(" ".repeat(Math.max(0, width[i] - len(c)) + GAP));
      }
    }
    out.println(b.toString().stripTrailing());
  }

  /** {@code text} cut to {@code width} characters, the last of them "…" when cut. */
  static String shorten(String text, int width) {
    if (len(text) <= width) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))).stripTrailing()
        + "…";
  }

  /** {@code text} in lines of at most {@code width} characters, broken at spaces when it can be. */
  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (len(word) > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && len(line.toString()) + 1 + len(word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Prints {@code text} in lines of at most {@code width} characters, those after the first
   * indented by {@code indent} spaces; on one line without a width.
   */
  static void printWrapped(PrintWriter out, String text, OptionalInt width, int indent) {
    if (width.isEmpty()) {
      out.println(text);
      return;
    }
    String body = text.stripLeading();
    int lead = len(text) - len(body);
    List<String> head = lines(body, Math.max(1, width.getAsInt() - lead));
    out.println(" ".repeat(lead) + head.get(0));
    if (head.size() > 1) {
      String rest = String.join(" ", head.subList(1, head.size()));
      for (String l : lines(rest, Math.max(1, width.getAsInt() - indent))) {
        out.println(" ".repeat(indent) + l);
      }
    }
  }

  /**
   * Prints {@code items} after {@code indent} spaces, separated by " · " and broken between items
   * where a line would pass {@code width}; on one line without a width.
   */
  static void printItems(PrintWriter out, int indent, List<String> items, OptionalInt width) {
    String pad = " ".repeat(indent);
    int max = width.orElse(Integer.MAX_VALUE);
    StringBuilder line = new StringBuilder(pad);
    for (String item : items) {
      if (line.length() > indent && len(line.toString()) + 3 + len(item) > max) {
        printWrapped(out, line.toString(), width, indent);
        line.setLength(0);
        line.append(pad);
      } else if (line.length() > indent) {
        line.append(" · ");
      }
      line.append(item);
    }
    printWrapped(out, line.toString(), width, indent);
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split("\\s+")) {
      longest = Math.max(longest, len(word));
    }
    return longest;
  }

  static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
