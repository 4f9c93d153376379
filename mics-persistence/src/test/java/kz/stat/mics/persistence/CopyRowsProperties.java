package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * COPY rows encoded straight into bytes are the bytes that escaping each text and writing it
 * through Java's UTF-8 writer gave, which is how the store wrote them before: any text, with
 * Kazakh letters, emoji, control characters and halves of surrogate pairs, and rows longer than
 * the buffer.
 */
class CopyRowsProperties {
  /** A row as it was written before: escaped texts through an {@code OutputStreamWriter}. */
  private static byte[] throughWriter(String... texts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      for (int i = 0; i < texts.length; i++) {
        if (i > 0) {
          out.write('\t');
        }
        out.write(texts[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"));
      }
      out.write('\n');
    }
    return bytes.toByteArray();
  }

  private static byte[] copyRows(String... texts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CopyRows rows = new CopyRows(bytes)) {
      for (String t : texts) {
        rows.text(t);
      }
      rows.end();
    }
    return bytes.toByteArray();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("\\\t\n\rаәбғқңөұүһі😀\uD83D\uDE00\uD800\uDC00xyz ")
            .ofMaxLength(40),
        Arbitraries.strings().withCharRange('\uD700', '\uE100').ofMaxLength(20));
  }

  @Property(tries = 2000)
  void aRowIsTheBytesTheWriterGave(@ForAll("texts") String a, @ForAll("texts") String b)
      throws IOException {
    assertThat(copyRows(a, b)).isEqualTo(throughWriter(a, b));
  }

  @Example
  void aTextLongerThanTheBufferIsWrittenWhole() throws IOException {
    String longText = "Іс-шаралар жоспары\t😀\\".repeat(10_000);
    assertThat(copyRows(longText, "x")).isEqualTo(throughWriter(longText, "x"));
  }

  @Example
  void numbersDatesAndNullsAsPostgresReadsThem() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CopyRows rows = new CopyRows(bytes)) {
      rows.prefix("7\t9\t".getBytes(StandardCharsets.US_ASCII));
      rows.plain(-12).nul().plain(LocalDate.of(2024, 3, 15)).text("a\\b");
      rows.end();
      rows.plain(0);
      rows.end();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("7\t9\t-12\t\\N\t2024-03-15\ta\\\\b\n0\n");
  }
}
