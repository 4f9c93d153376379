package kz.stat.mics.io.csv;

import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.io.internal.Problems;

/**
 * RFC 4180 records with the OWASP guard against formula injection: a cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, TAB or CR) is written behind a single quote, and so is
 * a cell that itself starts with a quote, so that reading strips exactly the one quote added.
 */
final class CsvCells {
  private CsvCells() {}

  /** One record and the line it starts on. */
  record Record(int line, List<String> cells) {}

  static String escape(String value) {
    if (!value.isEmpty()) {
      char c = value.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
        return "'" + value;
      }
    }
    return value;
  }

  static String unescape(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /** One cell as written: guarded, and quoted when it holds a separator, quote, line break or edge space. */
  static String cell(String value, char separator) {
    String v = escape(value);
    boolean quote = v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0 || (!v.isEmpty() && (Character.isWhitespace(v.charAt(0))
            || Character.isWhitespace(v.charAt(v.length() - 1))));
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static String record(List<String> values, char separator) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(separator);
      }
      b.append(cell(values.get(i), separator));
    }
    return b.append("\r\n").toString();
  }

  /** Splits the text into records; an unclosed quote is a problem. Cells come back unescaped. */
  static List<Record> parse(String text, char separator, Problems problems) {
    List<Record> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean any = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        if (c == '\n') {
          line++;
        } else if (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n')) {
          line++;
        }
        cell.append(c);
        i++;
        continue;
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
        any = true;
        i++;
      } else if (c == separator) {
        cells.add(unescape(cell.toString()));
        cell.setLength(0);
        any = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        cells.add(unescape(cell.toString()));
        cell.setLength(0);
        if (any || cells.size() > 1 || !cells.get(0).isEmpty()) {
          records.add(new Record(recordLine, cells));
        }
        cells = new ArrayList<>();
        any = false;
        line++;
        recordLine = line;
      } else {
        cell.append(c);
        any = true;
        i++;
      }
    }
    if (quoted) {
      problems.add(quoteLine, "a quoted cell is not closed: a '\"' is missing before the end of "
          + "the file");
      return records;
    }
    if (any || cell.length() > 0) {
      cells.add(unescape(cell.toString()));
      records.add(new Record(recordLine, cells));
    }
    return records;
  }
}
