package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A document's bytes as they pass to a parser of UTF-8 bytes, with the first and the latest of
 * them kept, so that a problem's column can be given in characters, as an editor counts them and
 * as the whole-document reader gives it. Jackson counts the columns of a byte stream in bytes: on a
 * line of Kazakh or Russian text every letter before the place is two bytes. Memory stays bounded:
 * a column that lies further back than the bytes kept is given as unknown (0), never wrong.
 */
final class CharColumns extends FilterInputStream {
  /** The document's first bytes: where problems of the whole document are placed. */
  private final byte[] head = new byte[1 << 16];
  /**
   * The latest bytes, in a ring whose length is a power of two: where the problems of the item
   * being read are placed.
   */
  private final byte[] ring = new byte[1 << 18];
  /** How many bytes have passed. */
  private long total;

  CharColumns(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      keep(b, off, n);
    }
    return n;
  }

  /** Keeps the bytes read: a copy or two per read, nothing per byte. */
  private void keep(byte[] b, int off, int n) {
    if (total < head.length) {
      System.arraycopy(b, off, head, (int) total, (int) Math.min(n, head.length - total));
    }
    int skip = Math.max(0, n - ring.length); // only the latest fit in the ring
    int count = n - skip;
    int at = ring((total + skip));
    int first = Math.min(count, ring.length - at);
    System.arraycopy(b, off + skip, ring, at, first);
    System.arraycopy(b, off + skip + first, ring, 0, count - first);
    total += n;
  }

  /** Where the byte at {@code offset} of the document is kept in the ring. */
  private int ring(long offset) {
    return (int) (offset & (ring.length - 1));
  }

  /**
   * The column of {@code at} in characters (UTF-16 units, as Java counts a string), from 1; 0 when
   * it is unknown. {@code at} is a location of the parser reading these bytes.
   */
  int column(JsonLocation at) {
    long byteColumn = at.getColumnNr();
    long offset = at.getByteOffset();
    if (byteColumn <= 1) {
      return (int) Math.max(byteColumn, 0);
    }
    long lineStart = offset - (byteColumn - 1);
    if (offset < 0 || lineStart < 0 || offset > total) {
      return 0;
    }
    int chars = 0;
    for (long i = lineStart; i < offset; i++) {
      int b;
      if (i < head.length) {
        b = head[(int) i];
      } else if (i >= total - ring.length) {
        b = ring[ring(i)];
      } else {
        return 0;
      }
      if ((b & 0xC0) != 0x80) {
        chars++;
      }
      if ((b & 0xF8) == 0xF0) {
        chars++; // four bytes are two UTF-16 units
      }
    }
    return chars + 1;
  }
}
