package kz.stat.mics.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The column of a key in a document of UTF-8 bytes, given by {@link CharColumns} in characters, is
 * where the key stands in the document's text: after Latin, Kazakh and four-byte letters, on the
 * first line or after many, within the first bytes kept or far past them.
 */
class CharColumnsProperties {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(List.of("a", " ", "Z", "ә", "Қ", "ж", "ы", "€",
        "\uD835\uDD4A", "\uD83D\uDE00", "\\\"", "\\n"));
    return piece.list().ofMaxSize(40).map(ps -> String.join("", ps));
  }

  @Property(tries = 300)
  void aKeysColumnIsWhereItStandsInTheText(@ForAll("texts") String before,
      @ForAll @IntRange(max = 120) int linesBefore) throws IOException {
    StringBuilder json = new StringBuilder("{\"pad\": [\n");
    for (int i = 0; i < linesBefore; i++) {
      // about 1.5 KB a line: up to 180 KB before the key, past the first 64 KB kept
      json.append("\"").append("қ".repeat(500)).append("\",\n");
    }
    json.append("0],\n  \"a\": \"").append(before).append("\", \"key\": 1}");
    String text = json.toString();
    String line = text.substring(text.lastIndexOf('\n') + 1);

    assertThat(columnOfKey(text)).isEqualTo(line.indexOf("\"key\"") + 1);
  }

  @Example
  void aColumnFurtherBackThanTheBytesKeptIsUnknown() throws IOException {
    String text = "{\"a\": \"" + "ж".repeat(200_000) + "\", \"key\": 1}";
    assertThat(columnOfKey(text)).isZero();
    String near = "{\"a\": \"" + "ж".repeat(20_000) + "\", \"key\": 1}";
    assertThat(columnOfKey(near)).isEqualTo(near.indexOf("\"key\"") + 1);
  }

  /** The column {@link CharColumns} gives the key named "key", read from the text's bytes. */
  private static int columnOfKey(String text) throws IOException {
    CharColumns columns = new CharColumns(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)));
    try (JsonParser p = FACTORY.createParser(columns)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("key")) {
          return columns.column(p.currentTokenLocation());
        }
      }
    }
    throw new AssertionError("no key");
  }
}
