package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.json.JsonProblems.Noted;
import kz.stat.mics.io.json.JsonProblems.Place;

/**
 * One JSON document being read: its text checked against the JSON syntax and the reading limits,
 * then bound onto records by Jackson, its problems placed on the lines and columns where they
 * stand. Also the one place that says how the formats are written.
 */
final class JsonDocument {
  static final int MAX_DEPTH = 64;
  /**
   * Jackson's own limit on a string, set above any document's size so that the cell limit, checked
   * while scanning, is the one that speaks, with the string's whole length.
   */
  static final int MAX_STRING = Integer.MAX_VALUE;

  /**
   * Strict binding: an unknown field fails (noted by {@link UnknownFields} while binding goes on,
   * so that one reading reports them all), and no value is coerced into another JSON type (no "1"
   * for 1, no 1 for "1", no 1.0 for 1, no 1 for true).
   */
  private static ObjectMapper mapper() {
    return Bound.MAPPER;
  }

  /**
   * The mapper and the writer, built on first use: the streaming reader needs neither, and a
   * mapper costs a cold command about a third of a second of class loading.
   */
  private static final class Bound {
    static final ObjectMapper MAPPER = mapper(MAX_STRING);

    /** Two-space indents, {@code "name": value}, arrays as {@code [ {}, {} ]}. */
    static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
  }

  /**
   * The strict parsers of the formats: every field name once per object, strings no longer than
   * {@code maxString} chars, numbers no longer than 100 digits.
   */
  static JsonFactory factory(int maxString) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(maxString)
            .maxNumberLength(100)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** The strict mapper of the formats, refusing strings longer than {@code maxString} chars. */
  static ObjectMapper mapper(int maxString) {
    return JsonMapper.builder(factory(maxString))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .addHandler(new UnknownFields())
      .build();
  }

  private final Problems problems;
  /** The text, read as characters so that a column counts characters, not UTF-8 bytes. */
  private final String text;
  private final DocumentLimits limits;

  private JsonDocument(Problems problems, String text, DocumentLimits limits) {
    this.problems = problems;
    this.text = text;
    this.limits = limits;
  }

  /**
   * The document in {@code text}, once it is one JSON value within the limits.
   *
   * @throws PlanDocumentException when it is empty, not JSON, or breaks a limit
   */
  static JsonDocument parse(String source, String text, DocumentLimits limits) {
    JsonDocument document = new JsonDocument(new Problems(source), text, limits);
    document.scan(Set.of(), Map.of(), Map.of());
    document.problems.throwIfAny();
    return document;
  }

  /** The value as the pretty-printed UTF-8 JSON of the formats. */
  static byte[] write(Object value) throws IOException {
    return Bound.WRITER.writeValueAsBytes(value);
  }

  /**
   * The document bound onto {@code type}, every unknown field noted in {@code found}.
   *
   * @throws PlanDocumentException naming the path, line and column of a value of the wrong JSON
   *     type, with the unknown fields noted before it
   */
  <T> T bind(Class<T> type, JsonProblems found) {
    try {
      T value = mapper().readerFor(type).withAttribute(JsonProblems.class, found).readValue(text);
      if (value == null) {
        found.add("", "the document: expected an object");
        throwIfAny(found);
      }
      return value;
    } catch (JsonMappingException e) {
      String path = path(e);
      found.add(path, (path.isEmpty() ? "the document" : path) + ": " + expected(e));
      throwIfAny(found);
      throw new IllegalStateException("a noted problem was not thrown", e);
    } catch (JsonProcessingException e) {
      // the text was checked before binding; kept for a parser that disagrees with the scan
      throw fail(e.getLocation(), "is not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Throws the problems found, if any, each at the line and column of the value (or key) it is
   * about; a required value that is absent is placed on the object that lacks it.
   */
  void throwIfAny(JsonProblems found) {
    if (found.isEmpty()) {
      return;
    }
    Set<String> wanted = new HashSet<>();
    for (Noted n : found.noted()) {
      wanted.add(n.path());
      wanted.add(parent(n.path()));
    }
    Map<String, JsonLocation> values = new HashMap<>();
    Map<String, JsonLocation> keys = new HashMap<>();
    scan(wanted, values, keys);
    for (Noted n : found.noted()) {
      if (n.expected() == null) {
        add(n.place() == Place.KEY ? keys.get(n.path()) : values.get(n.path()), n.message());
      } else if (values.containsKey(n.path())) {
        add(values.get(n.path()), n.path() + ": expected " + n.expected());
      } else {
        add(values.get(parent(n.path())), "missing field \"" + n.path() + "\"");
      }
    }
    problems.dropped(found.beyond());
    problems.throwIfAny();
  }

  /** Fails with one problem that has no place in the document. */
  PlanDocumentException fail(String message) {
    return problems.fail(0, 0, message);
  }

  private void add(JsonLocation at, String message) {
    problems.add(at == null ? 0 : (int) at.getLineNr(), at == null ? 0 : (int) at.getColumnNr(),
        message);
  }

  /**
   * Reads every token: refuses text that is not one JSON value or breaks a limit, and notes where
   * the values and keys at the {@code wanted} paths stand.
   */
  private void scan(Set<String> wanted, Map<String, JsonLocation> values,
      Map<String, JsonLocation> keys) {
    JsonParser p;
    try {
      p = mapper().getFactory().createParser(text);
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    }
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw problems.fail(0, 0, "is empty");
      }
      int depth = 0;
      for (boolean root = true; t != null; t = p.nextToken(), root = false) {
        if (depth == 0 && !root) {
          throw fail(p.currentTokenLocation(), "unexpected content after the end of the JSON "
              + "document");
        }
        JsonStreamContext at = p.getParsingContext();
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            note(wanted, values, at.getParent(), p);
            depth++;
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> note(wanted, keys, at, p);
          default -> {
            if (t == JsonToken.VALUE_STRING && wanted.isEmpty()) {
              String tooLong = limits.cellProblem(p.getText());
              if (tooLong != null) {
                add(p.currentTokenLocation(), tooLong);
              }
            }
            note(wanted, values, at, p);
          }
        }
      }
    } catch (StreamConstraintsException e) {
      throw fail(e.getLocation() != null ? e.getLocation() : p.currentLocation(), limit(e));
    } catch (JsonProcessingException e) {
      throw fail(e.getLocation(), "is not valid JSON: " + firstLine(e.getOriginalMessage()));
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

  private static void note(Set<String> wanted, Map<String, JsonLocation> into,
      JsonStreamContext at, JsonParser p) {
    if (!wanted.isEmpty()) {
      String path = path(at);
      if (wanted.contains(path)) {
        into.putIfAbsent(path, p.currentTokenLocation());
      }
    }
  }

  /** The path of the current entry of a parsing context: "" for the root value. */
  private static String path(JsonStreamContext c) {
    if (c == null || c.inRoot()) {
      return "";
    }
    String outer = path(c.getParent());
    return c.inArray() ? JsonProblems.item(outer, c.getCurrentIndex())
        : JsonProblems.path(outer, c.getCurrentName());
  }

  static String path(JsonMappingException e) {
    String path = "";
    for (JsonMappingException.Reference r : e.getPath()) {
      path = r.getFieldName() != null ? JsonProblems.path(path, r.getFieldName())
          : JsonProblems.item(path, r.getIndex());
    }
    return path;
  }

  /** The path of the object or array that holds the value at {@code path}. */
  private static String parent(String path) {
    int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** What the value of the wrong JSON type should have been. */
  static String expected(JsonMappingException e) {
    if (e.getCause() instanceof InputCoercionException) {
      return "expected a whole number";
    }
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target == String.class) {
      return "expected a string";
    }
    if (target == Long.class || target == Integer.class) {
      return "expected a whole number";
    }
    if (target == Boolean.class) {
      return "expected true or false";
    }
    if (target != null && Collection.class.isAssignableFrom(target)) {
      return "expected an array";
    }
    if (target != null && target.isRecord()) {
      return "expected an object";
    }
    return firstLine(e.getOriginalMessage());
  }

  private PlanDocumentException fail(JsonLocation at, String message) {
    return problems.fail(at == null ? 0 : (int) at.getLineNr(), at == null ? 0
        : (int) at.getColumnNr(), message);
  }

  /** Whether the parser stopped at a string longer than its limit. */
  static boolean stringTooLong(StreamConstraintsException e) {
    return String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("string");
  }

  /**
   * What a streamed reader says of a text past its parser's limit (twice the cell limit), which
   * never reaches the cell check.
   */
  static String cellOverLimit(int maxCellChars) {
    return "cell over the limit of " + maxCellChars + " characters";
  }

  static String limit(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("nesting")) {
      return "is nested more than " + MAX_DEPTH + " levels deep; a plan document never is";
    }
    if (stringTooLong(e)) {
      return "holds a string too long to read";
    }
    if (m.contains("number")) {
      return "holds a number with too many digits";
    }
    return "breaks a reading limit: " + firstLine(e.getOriginalMessage());
  }

  /**
   * Notes an unknown field in the {@link JsonProblems} of the binding and skips its value, so that
   * the binding goes on to find the other unknown fields and the values the domain refuses; the
   * document still fails, with all of them. Without problems to note them in, the field fails the
   * binding at once ({@code FAIL_ON_UNKNOWN_PROPERTIES}).
   */
  private static final class UnknownFields extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser p,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
        throws IOException {
      if (!(context.getAttribute(JsonProblems.class) instanceof JsonProblems found)) {
        return false;
      }
      JsonParser source = context.getParser();
      if (p == source) {
        // read in place: the parser stands on the field's value
        JsonStreamContext at = p.currentToken() != null && p.currentToken().isStructStart()
            ? p.getParsingContext().getParent() : p.getParsingContext();
        found.unknownField(path(at));
      } else {
        // buffered until its object was built: the source stands on the object's end, whose
        // context is already the one around it, or on the name of a field after its last known
        // one, in the object's own context (the formats' records have no other way to be built)
        JsonStreamContext c = source.getParsingContext();
        String object = source.currentToken() == JsonToken.FIELD_NAME ? path(c.getParent())
            : path(c);
        found.unknownField(JsonProblems.path(object, propertyName));
      }
      p.skipChildren();
      return true;
    }
  }

  /** Where Jackson's message turns to its own settings and sources, which say nothing to a user. */
  private static final List<String> JACKSON_HINTS = List.of(" (start marker at [Source",
      ": enable `", " (not recognized as one since Feature", " (for Object starting at",
      " (for Array starting at");

  /** The first line of a parser's message, without the hints about Jackson's own settings. */
  static String firstLine(String message) {
    String m = message == null ? "" : message;
    int cut = m.indexOf('\n');
    String line = cut < 0 ? m : m.substring(0, cut);
    for (String hint : JACKSON_HINTS) {
      int at = line.indexOf(hint);
      if (at > 0) {
        line = line.substring(0, at);
      }
    }
    return line;
  }
}
