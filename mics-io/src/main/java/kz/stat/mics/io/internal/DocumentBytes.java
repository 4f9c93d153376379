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
  /**
   * The stream as UTF-8 text of the format {@code expected}, decoded as it is read, after the
   * same first check as {@link #text} on its first bytes; a byte order mark is skipped. A byte
   * that is not UTF-8 fails the reading with a {@link Utf8Reader.NotUtf8Exception} that says where
   * it stands.
   *
   * @throws PlanDocumentException when the first bytes are of another kind, or there are none
   */
  public static java.io.Reader textReader(String source, InputStream in, String expected)
      throws IOException {
    if (!in.markSupported()) {
      in = new java.io.BufferedInputStream(in, HEAD);
    }
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    if (head.length == 0) {
      throw new PlanDocumentException(DocumentProblem.of(source, "is empty"));
    }
    binaryKindOfHead(head).ifPresent(kind -> {
      throw new PlanDocumentException(DocumentProblem.of(source, "is " + kind + ", not "
          + expected + advice(kind)));
    });
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      in.skipNBytes(3);
      return new Utf8Reader(in, 3);
    }
    return new Utf8Reader(in, 0);
  }

  /**
   * What kind of binary file the first bytes of a file say it is, as {@link #binaryKind} does for
   * a whole file: a UTF-8 character cut at the end of the head is left out of the judgement.
   */
  public static java.util.Optional<String> binaryKindOfHead(byte[] head) {
    int end = head.length;
    int k = end - 1;
    while (k >= 0 && end - k < 4 && (head[k] & 0xC0) == 0x80) {
      k--;
    }
    if (k >= 0 && (head[k] & 0xC0) == 0xC0) {
      end = k;
    }
    return binaryKind(java.util.Arrays.copyOf(head, end));
  }

  /** How many first bytes {@link #textReader} looks at to tell the kind of a file. */
  private static final int HEAD = 512;

  /**
   * The bytes as UTF-8 text of the format {@code expected} ("JSON", "CSV", "table text"), after
   * a first check that they are text at all: a Word document, a PDF or another binary file named
   * or passed as text is reported as what it is, not as text that is not UTF-8.
   *
   * @throws PlanDocumentException when the bytes are of another kind or not UTF-8
   */
  public static String text(String source, byte[] bytes, String expected) {
    binaryKind(bytes).ifPresent(kind -> {
      throw new PlanDocumentException(DocumentProblem.of(source, "is " + kind + ", not "
          + expected + advice(kind)));
    });
    return utf8(source, bytes);
  }

  /** A Word document (a zip file). */
  public static final String WORD = "a Word document (DOCX)";
  /** An Excel workbook (a zip file holding xl/workbook.xml). */
  public static final String EXCEL = "an Excel workbook (XLSX)";
  /** A PDF file. */
  public static final String PDF = "a PDF document";

  /**
   * What a document that is not text is, from its bytes: {@link #EXCEL} for a zip holding a
   * workbook, {@link #WORD} for another zip file,
   * {@link #PDF}, UTF-16 text, or a binary file (not UTF-8, with a NUL byte in its first 8 KB);
   * empty for text.
   */
  public static java.util.Optional<String> binaryKind(byte[] bytes) {
    if (OfficeZip.isZip(bytes)) {
      return java.util.Optional.of(OfficeZip.kind(bytes).filter(k -> k == OfficeZip.Kind.EXCEL)
          .map(k -> EXCEL).orElse(WORD));
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
      return java.util.Optional.of(PDF);
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return java.util.Optional.of("UTF-16 text");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      // a NUL can stand in UTF-8 text that a plan holds; in bytes that are not UTF-8 it is binary
      if (bytes[i] == 0 && !isUtf8(bytes)) {
        return java.util.Optional.of("a binary file");
      }
    }
    return java.util.Optional.empty();
  }

  /** What to do about a document of {@code kind}, after "is KIND, not FORMAT". */
  public static String advice(String kind) {
    return switch (kind) {
      case WORD -> "; name it .docx or pass --from docx";
      case EXCEL -> "; name it .xlsx or pass --from xlsx";
      case PDF -> "; mics reads the plan from the Word document (.docx) or its text export (.txt)";
      case "UTF-16 text" -> "; save it as UTF-8";
      default -> "";
    };
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
