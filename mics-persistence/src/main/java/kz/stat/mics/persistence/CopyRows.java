package kz.stat.mics.persistence;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Rows in the text format of PostgreSQL's COPY, encoded straight into bytes: tabs between values,
 * {@code \N} for a null, one line per row, and a backslash, tab, line feed or carriage return
 * inside a text escaped. A text is UTF-8, with {@code ?} for half of a surrogate pair, as Java's
 * own encoder writes it. An import writes a few rows per activity; through a {@code Writer} and
 * its encoder that cost a tenth of the reading thread.
 */
final class CopyRows implements AutoCloseable {
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int used;
  private boolean rowStarted;

  CopyRows(OutputStream out) {
    this.out = out;
  }

  /** A text value, escaped and encoded. */
  CopyRows text(String s) throws IOException {
    separate();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (buffer.length - used < 4) {
        drain();
      }
      if (c < 0x80) {
        switch (c) {
          case '\\' -> escaped('\\');
          case '\t' -> escaped('t');
          case '\n' -> escaped('n');
          case '\r' -> escaped('r');
          default -> buffer[used++] = (byte) c;
        }
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xC0 | c >> 6);
        buffer[used++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buffer[used++] = (byte) (0xF0 | cp >> 18);
        buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buffer[used++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        buffer[used++] = '?';
      } else {
        buffer[used++] = (byte) (0xE0 | c >> 12);
        buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[used++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return this;
  }

  /** A value written as its {@code toString()}, which must need no escaping: a number, a date. */
  CopyRows plain(Object value) throws IOException {
    separate();
    ascii(value.toString());
    return this;
  }

  /** SQL's null. */
  CopyRows nul() throws IOException {
    separate();
    ascii("\\N");
    return this;
  }

  /** Raw bytes at the start of a row, such as values common to every row. */
  CopyRows prefix(byte[] bytes) throws IOException {
    if (buffer.length - used < bytes.length) {
      drain();
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
    return this;
  }

  /** Ends the row. */
  void end() throws IOException {
    if (used == buffer.length) {
      drain();
    }
    buffer[used++] = '\n';
    rowStarted = false;
  }

  /** Writes what is buffered to the stream, and flushes it. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      out.close();
    }
  }

  private void separate() throws IOException {
    if (rowStarted) {
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = '\t';
    }
    rowStarted = true;
  }

  private void escaped(char c) {
    buffer[used++] = '\\';
    buffer[used++] = (byte) c;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  private void ascii(String s) throws IOException {
    if (buffer.length - used < s.length()) {
      drain();
    }
    for (int i = 0; i < s.length(); i++) {
      buffer[used++] = (byte) s.charAt(i);
    }
  }
}
