package kz.stat.mics.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text of a stream, decoded as it is read, that knows where a byte that is not UTF-8
 * stands: every character before it is given, and the read after that fails with a
 * {@link NotUtf8Exception} naming its line and offset.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  /** Offset in the file of {@code bytes}' first byte. */
  private long start;
  /** Line breaks in the file before {@code bytes}' position counted so far, up to {@code counted}. */
  private long lineBreaks;
  private int counted;
  private boolean end;
  private boolean flushed;
  /** The second half of a surrogate pair read into room for one character, or -1. */
  private int leftover = -1;
  private NotUtf8Exception failed;

  /**
   * @param in the stream, positioned at {@code offset} bytes into the file (after a byte order
   *     mark, say)
   */
  Utf8Reader(InputStream in, long offset) {
    this.in = in;
    this.start = offset;
  }

  /** A byte that is not UTF-8, at a line (from 1) and a byte offset of the file (from 0). */
  public static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final long offset;
    private final int value;

    NotUtf8Exception(int line, long offset, int value) {
      this.line = line;
      this.offset = offset;
      this.value = value;
    }

    public int line() {
      return line;
    }

    /** What a document's problem says of it, after the document's name and line. */
    public String describe() {
      return "is not UTF-8 text: byte " + offset + " (0x" + String.format("%02X", value)
          + ") cannot be decoded; save the file as UTF-8";
    }

    @Override
    public String getMessage() {
      return "line " + line + ": " + describe();
    }
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (leftover >= 0) {
      target[off] = (char) leftover;
      leftover = -1;
      return 1;
    }
    if (failed != null) {
      throw failed;
    }
    if (len == 1) {
      // room for half a surrogate pair only: decoded into a pair, its second half kept
      char[] two = new char[2];
      int n = read(two, 0, 2);
      if (n > 0) {
        target[off] = two[0];
        leftover = n == 2 ? two[1] : -1;
        return 1;
      }
      return n;
    }
    CharBuffer out = CharBuffer.wrap(target, off, len);
    while (true) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, end);
      if (result.isError()) {
        countLineBreaks(bytes.position());
        failed = new NotUtf8Exception((int) Math.min(Integer.MAX_VALUE, lineBreaks + 1),
            start + bytes.position(), bytes.get(bytes.position()) & 0xFF);
        if (out.position() > off) {
          return out.position() - off;
        }
        throw failed;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (end) {
        decoder.flush(out);
        flushed = true;
        return out.position() > off ? out.position() - off : -1;
      }
      fill();
    }
  }

  /** Reads more bytes, keeping those of a character not yet whole. */
  private void fill() throws IOException {
    countLineBreaks(bytes.position());
    start += bytes.position();
    counted -= bytes.position();
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } finally {
      // ready to decode again, also after a failed read: the bytes kept are still there
      bytes.flip();
    }
  }

  private void countLineBreaks(int upTo) {
    byte[] a = bytes.array();
    long n = 0;
    for (int i = counted; i < upTo; i++) {
      if (a[i] == '\n') {
        n++;
      }
    }
    lineBreaks += n;
    counted = Math.max(counted, upTo);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
