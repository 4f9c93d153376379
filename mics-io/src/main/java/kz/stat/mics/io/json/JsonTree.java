package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.stat.mics.io.internal.Problems;

/**
 * A JSON document read into a small tree that remembers where each value and key stood, so that a
 * problem can name its line and column. Parsed within fixed limits, so that a hostile document fails
 * with a message instead of exhausting memory or the stack.
 */
final class JsonTree {
  static final int MAX_DEPTH = 64;
  static final int MAX_STRING = 1_000_000;

  /** A JSON value and where it starts. */
  sealed interface Node permits Obj, Arr, Scalar {
    int line();

    int column();
  }

  /** An object: its members in document order, with where each key stands. */
  record Obj(Map<String, Node> members, Map<String, int[]> keys, int line, int column)
      implements Node {}

  /** An array. */
  record Arr(List<Node> items, int line, int column) implements Node {}

  /** A string, number, boolean or null; {@code text} is null for JSON null. */
  record Scalar(JsonToken token, String text, int line, int column) implements Node {}

  private JsonTree() {}

  static JsonFactory factory(long maxBytes) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxDocumentLength(maxBytes)
            .maxNumberLength(100)
            .build())
        .build();
  }

  /**
   * Parses {@code bytes}.
   *
   * @throws kz.stat.mics.domain.port.PlanDocumentException when the text is not JSON or breaks a
   *     limit
   */
  static Node parse(Problems problems, byte[] bytes, long maxBytes) {
    JsonParser p;
    try {
      p = factory(maxBytes).createParser(bytes);
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    }
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw problems.fail(0, 0, "is empty");
      }
      Node root = value(problems, p);
      JsonToken after = p.nextToken();
      if (after != null) {
        JsonLocation l = p.currentTokenLocation();
        throw problems.fail((int) l.getLineNr(), (int) l.getColumnNr(),
            "unexpected content after the end of the JSON document");
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw problems.fail(l == null ? 0 : (int) l.getLineNr(), l == null ? 0 : (int) l.getColumnNr(),
          limitMessage(e.getOriginalMessage(), maxBytes));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String message = e.getOriginalMessage();
      int cut = message.indexOf('\n');
      throw problems.fail(l == null ? 0 : (int) l.getLineNr(), l == null ? 0 : (int) l.getColumnNr(),
          "is not valid JSON: " + (cut < 0 ? message : message.substring(0, cut)));
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    } finally {
      try {
        p.close();
      } catch (IOException e) {
        // reading from memory: nothing to release
      }
    }
  }

  private static String limitMessage(String original, long maxBytes) {
    String m = original == null ? "" : original.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting")) {
      return "is nested more than " + MAX_DEPTH + " levels deep; a plan document never is";
    }
    if (m.contains("string")) {
      return "holds a string longer than " + MAX_STRING + " characters; a plan document never does";
    }
    if (m.contains("document")) {
      return "is longer than the limit of " + maxBytes + " bytes";
    }
    if (m.contains("number")) {
      return "holds a number with too many digits";
    }
    return "breaks a reading limit: " + original;
  }

  private static Node value(Problems problems, JsonParser p) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = (int) at.getLineNr();
    int column = (int) at.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        Map<String, int[]> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation k = p.currentTokenLocation();
          int[] where = {(int) k.getLineNr(), (int) k.getColumnNr()};
          p.nextToken();
          Node v = value(problems, p);
          if (members.containsKey(name)) {
            problems.add(where[0], where[1], "the field \"" + name + "\" appears twice");
          } else {
            members.put(name, v);
            keys.put(name, where);
          }
        }
        return new Obj(members, keys, line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(problems, p));
        }
        return new Arr(items, line, column);
      }
      case VALUE_NULL -> {
        return new Scalar(t, null, line, column);
      }
      default -> {
        return new Scalar(t, p.getText(), line, column);
      }
    }
  }
}
