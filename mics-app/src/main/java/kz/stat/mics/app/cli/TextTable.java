package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table for people: a header, a rule, and rows padded to column width. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final int maxWidth;

  private TextTable(List<String> header, int maxWidth) {
    this.header = List.copyOf(header);
    this.maxWidth = maxWidth;
  }

  static TextTable of(String... header) {
    return new TextTable(List.of(header), 60);
  }

  TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      String s = c == null ? "" : c.toString().replaceAll("\\s+", " ").trim();
      if (s.codePointCount(0, s.length()) > maxWidth) {
        s = s.substring(0, s.offsetByCodePoints(0, maxWidth - 1)) + "…";
      }
      r.add(s);
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int n = header.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = len(header.get(i));
    }
    for (List<String> r : rows) {
      for (int i = 0; i < n && i < r.size(); i++) {
        width[i] = Math.max(width[i], len(r.get(i)));
      }
    }
    line(out, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(out, rule, width);
    for (List<String> r : rows) {
      line(out, r, width);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      b.append(c);
      if (i < width.length - 1) {
        b.append(" ".repeat(width[i] - len(c) + 2));
      }
    }
    out.println(b.toString().stripTrailing());
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
