package kz.stat.mics.io.internal;

import kz.stat.mics.io.DocumentLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocumentException;

/**
 * Reading a whole document into memory within a size limit, and decoding text strictly as UTF-8 so
 * that a file in another encoding is reported, not silently garbled.
 */
public final class DocumentBytes {
  private DocumentBytes() {}

  /**
   * All bytes of {@code in}; a document over the limit or an empty one is a problem.
   *
   * @throws PlanDocumentException when the document is empty, too large or cannot be read
   */
  public static byte[] readAll(String source, InputStream in, DocumentLimits limits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limits.maxBytes()) {
          throw tooLarge(source, limits);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new PlanDocumentException(
          DocumentProblem.of(source, "cannot be read: " + e.getMessage()));
    }
    if (total == 0) {
      throw new PlanDocumentException(DocumentProblem.of(source, "is empty"));
    }
    return out.toByteArray();
  }

  /** The problem of a document over the size limit. */
  public static PlanDocumentException tooLarge(String source, DocumentLimits limits) {
    return new PlanDocumentException(DocumentProblem.of(source,
        "is larger than the limit of " + limits.describe()
            + " (a plan document is far smaller; raise the limit if this file is really a plan)"));
  }

  /**
   * The bytes as UTF-8 text, a leading byte order mark dropped.
   *
   * @throws PlanDocumentException naming the line and byte offset of the first byte that is not
   *     UTF-8
   */
  public static String utf8(String source, byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = start; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new PlanDocumentException(new DocumentProblem(source, line, 0,
          "is not UTF-8 text: byte " + offset + " (0x"
              + String.format("%02X", bytes[offset] & 0xFF)
              + ") cannot be decoded; save the file as UTF-8"));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
