package kz.stat.mics.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The reference a document reader is measured against: a plain Jackson streaming read of the same
 * file that visits every token and keeps nothing ({@code java -cp benchmarks.jar
 * kz.stat.mics.bench.PlainJacksonRead FILE}); prints the number of tokens.
 */
public final class PlainJacksonRead {
  private PlainJacksonRead() {}

  public static void main(String[] args) throws IOException {
    long tokens = 0;
    long chars = 0;
    try (JsonParser p = new JsonFactory().createParser(Path.of(args[0]).toFile())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
        if (t == JsonToken.VALUE_STRING) {
          chars += p.getTextLength();
        }
      }
    }
    System.out.println(tokens + " tokens, " + chars + " characters of text");
  }
}
