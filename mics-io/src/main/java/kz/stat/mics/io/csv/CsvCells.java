package kz.stat.mics.io.csv;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.internal.Utf8Reader;

/**
 * CSV records read and written by jackson-dataformat-csv (RFC 4180, CRLF), with the OWASP guard
 * against formula injection: a cell that a spreadsheet would run as a formula (starting with =, +,
 * -, @, TAB or CR) is written behind a single quote, and so is a cell that itself starts with a
 * quote, so that reading strips exactly the one quote added.
 */
final class CsvCells {
  /**
   * Rows as arrays of strings, read and written token by token (no data binding: a streamed
   * import does not load it); only cells holding a separator, a quote or a line break quoted.
   */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private CsvCells() {}

  /** One record, the line it starts on, and its cells with the guard removed. */
  record Record(int line, List<String> cells) {
    Record {
      cells = List.copyOf(cells);
    }

    /**
     * The record cut to {@code count} cells when the cells after them are all empty, as a
     * spreadsheet pads every row to the width of the widest; else the record as it is.
     */
    Record fit(int count) {
      if (cells.size() <= count || !blank(count)) {
        return this;
      }
      return new Record(line, cells.subList(0, count));
    }

    /** The record without the empty cells at its end, keeping at least the first. */
    Record trimmed() {
      int end = cells.size();
      while (end > 1 && cells.get(end - 1).isBlank()) {
        end--;
      }
      return fit(end);
    }

    boolean isBlank() {
      return blank(0);
    }

    /** Whether every cell from {@code from} on is blank (a loop: this runs for every row). */
    private boolean blank(int from) {
      for (int i = from; i < cells.size(); i++) {
        if (!cells.get(i).isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  static String escape(String value) {
    if (!value.isEmpty()) {
      char c = value.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\''
          || SPREADSHEET_VALUE.matcher(value).matches()) {
        return "'" + value;
      }
    }
    return value;
  }

  /**
   * A cell that a spreadsheet opening the file would turn into a number or a date: a code such as
   * 1.1 or 11.10 (11.10 becomes 11.1), a date of digits, or a month and a year ("Шілде 2024" in a
   * Kazakh locale). Guarded like a formula so that it stays text.
   */
  private static final Pattern SPREADSHEET_VALUE = Pattern.compile(
      "[0-9]+(\\.[0-9]+)+|[0-9]{1,4}([./-][0-9]{1,4}){1,2}|\\p{L}+\\.?,?\\s+[0-9]{4}");

  static String unescape(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static CsvSchema schema(char separator) {
    return CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
  }

  /** Rows written to {@code out}, which stays open when they are closed. */
  static final class Rows implements AutoCloseable {
    private final CsvGenerator writer;

    Rows(Writer out, char separator) throws IOException {
      writer = (CsvGenerator) FACTORY.createGenerator(out);
      writer.setSchema(schema(separator));
    }

    /** Writes one record, each cell guarded. */
    void write(List<String> values) throws IOException {
      writer.writeStartArray();
      for (String value : values) {
        writer.writeString(escape(value));
      }
      writer.writeEndArray();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /**
   * The records of {@code text}, cells unguarded, rows of empty cells left out. A quote that is
   * not closed, or text after a closing quote, is a problem noted at the line of its row.
   */
  static List<Record> parse(String text, char separator, Problems problems) {
    List<Record> records = new ArrayList<>();
    parse(new java.io.StringReader(text), separator, problems, records::add);
    return records;
  }

  /**
   * Notes a byte that is not UTF-8: where the decoding reader says it stands, else on the row being
   * read.
   */
  static void notUtf8(Problems problems, int row, java.nio.charset.CharacterCodingException e) {
    if (e instanceof Utf8Reader.NotUtf8Exception at) {
      problems.add(at.line(), at.describe());
    } else {
      problems.add(row, "is not UTF-8 text: a byte on this line cannot be decoded; save the file "
          + "as UTF-8");
    }
  }

  /**
   * Hands each record of {@code text} to {@code each} as it is read, as {@link #parse(String,
   * char, Problems)} returns them; reading stops at the first problem of the CSV syntax or of the
   * text's encoding, noted in {@code problems}.
   */
  static void parse(java.io.Reader text, char separator, Problems problems,
      java.util.function.Consumer<Record> each) {
    int line = 1;
    try (CsvParser rows = (CsvParser) FACTORY.createParser(text)) {
      rows.setSchema(schema(separator));
      while (true) {
        // a row starts where the one before ended: the parser has read its line break
        line = (int) rows.currentLocation().getLineNr();
        JsonToken t = rows.nextToken();
        if (t == null) {
          break;
        }
        List<String> cells = new ArrayList<>();
        if (t == JsonToken.START_ARRAY) {
          for (t = rows.nextToken(); t == JsonToken.VALUE_STRING; t = rows.nextToken()) {
            cells.add(unescape(rows.getText()));
          }
        }
        if (t != JsonToken.END_ARRAY) {
          // a row without a schema is an array of texts: nothing else is ever read
          problems.add(line, "is not valid CSV: the reader found " + t + " in a row");
          return;
        }
        Record r = new Record(line, cells);
        if (!r.isBlank()) {
          each.accept(r);
        }
      }
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException c) {
        notUtf8(problems, line, c);
        return;
      }
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (message.startsWith("Missing closing quote")) {
        problems.add(line, "a quoted cell is not closed: a '\"' is missing before the end of the "
            + "file");
      } else if (message.contains("Expected column separator")) {
        // named on the row's line, where the quote that opened the cell stands
        int closed = e.getLocation() == null ? line : (int) e.getLocation().getLineNr();
        problems.add(line, "a quoted cell goes on after its closing quote"
            + (closed > line ? " on line " + closed : "") + ": quote the whole cell and double "
            + "the quotes inside it");
      } else {
        int cut = message.indexOf('\n');
        problems.add(e.getLocation() == null ? line : (int) e.getLocation().getLineNr(),
            "is not valid CSV: " + (cut < 0 ? message : message.substring(0, cut)));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      notUtf8(problems, line, e);
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException c) {
        notUtf8(problems, line, c);
      } else {
        problems.add("cannot be read: " + e.getCause().getMessage());
      }
    } catch (IOException e) {
      problems.add("cannot be read: " + e.getMessage());
    }
  }
}
