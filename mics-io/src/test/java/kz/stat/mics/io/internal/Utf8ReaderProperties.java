package kz.stat.mics.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.stat.mics.domain.port.PlanDocumentException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The streamed text of any bytes, read in pieces of any size from a stream that gives them in
 * pieces of any size, is the text the whole bytes decode to; bytes that are not UTF-8 are
 * refused at the same line and offset as the whole document's decoding names.
 */
class Utf8ReaderProperties {
  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> text = Arbitraries.of(List.of("a", "\n", ",", "ә", "Қ", "€",
        "\uD83D\uDE00", "\r\n", "ж".repeat(300), "line\n".repeat(200)))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    // now and then a byte that may not stand where it does
    Arbitrary<byte[]> stray = Arbitraries.of((byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xE2,
        (byte) 0xF0).map(b -> new byte[] {b});
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(Tuple.of(60, text), Tuple.of(1, stray));
    return piece.list().ofMaxSize(600).map(ps -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ps.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Property(tries = 300)
  void streamedTextIsTheWholeText(@ForAll("documents") byte[] bytes,
      @ForAll @IntRange(min = 1, max = 70_000) int readSize,
      @ForAll @IntRange(min = 1, max = 5_000) int streamPiece) {
    String whole;
    try {
      whole = DocumentBytes.utf8("d", bytes);
    } catch (PlanDocumentException refused) {
      Utf8Reader.NotUtf8Exception e = catchThrowableOfType(Utf8Reader.NotUtf8Exception.class,
          () -> readAll(bytes, readSize, streamPiece));
      assertThat(e).as("refused streamed too").isNotNull();
      assertThat("d:" + e.line() + ": " + e.describe()).isEqualTo(refused.getMessage());
      return;
    }
    try {
      assertThat(readAll(bytes, readSize, streamPiece)).isEqualTo(whole);
    } catch (IOException e) {
      throw new AssertionError("refused text that decodes whole: " + e.getMessage(), e);
    }
  }

  private static String readAll(byte[] bytes, int readSize, int streamPiece) throws IOException {
    InputStream pieces = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, streamPiece));
      }
    };
    StringBuilder text = new StringBuilder();
    try (Utf8Reader reader = new Utf8Reader(pieces, 0)) {
      char[] buffer = new char[readSize];
      int n;
      while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }
}
