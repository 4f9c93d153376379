package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.stat.mics.io.json.PlanJson.ActivityObject;
import kz.stat.mics.io.json.PlanJson.DeadlineObject;
import kz.stat.mics.io.json.PlanJson.WindowObject;

/**
 * One item of a document read from the parser's tokens onto its record by the streaming reader:
 * an activity, or an object of text fields (an executor, a precedence, the period). The same
 * answers as Jackson's binding with the document mapper (a field it does not know is skipped and
 * noted when Jackson notes it, see {@link #held}; null stays null; a value of the wrong JSON type
 * stops the reading with the same "expected ..." words and path), without building a
 * deserialization context per
 * item. A field named twice in an object is refused with Jackson's words, as its strict parser
 * refuses it; the binding finds it by the fields it has seen, so the parser's own detection, a hash
 * set per object, is switched off inside each activity. A value's path is spelled out only when a
 * problem names it. {@code ItemBindingProperties} holds the two to the same answers.
 */
final class ItemBinding {
  /** A window's fields, in the order of its record. */
  private static final String[] WINDOW = {"from", "to"};
  /** The bits of an activity's seven fields, all seen. */
  private static final int ALL_ACTIVITY = 127;
  /** The bits of a deadline's five fields, all seen. */
  private static final int ALL_DEADLINE = 31;

  private final JsonParser p;
  private final JsonProblems found;
  private final int maxCellChars;

  private ItemBinding(JsonParser p, JsonProblems found, int maxCellChars) {
    this.p = p;
    this.found = found;
    this.maxCellChars = maxCellChars;
  }

  /** A value of the wrong JSON type: where, and what was expected there. */
  static final class WrongType extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    WrongType(String path, String expected) {
      super(expected, null, false, false);
      this.path = path;
    }

    /** The path of the value, from the document's root. */
    String path() {
      return path;
    }
  }

  /**
   * The activity at the parser's current token (an object or null), {@code path} being its place
   * from the document's root; unknown fields are noted in {@code found}. The parser is left on the
   * object's last token.
   */
  static ActivityObject read(JsonParser p, CharSequence path, JsonProblems found,
      int maxCellChars) throws IOException, WrongType {
    return new ItemBinding(p, found, maxCellChars).activity(path);
  }

  /**
   * The object of text fields at the parser's current token (or null), as the values of the fields
   * {@code names} in that order, null for one absent or null; {@code path} and {@code found} as for
   * {@link #read}. The parser is left on the object's last token.
   */
  static String[] texts(JsonParser p, CharSequence path, JsonProblems found, int maxCellChars,
      String... names) throws IOException, WrongType {
    return new ItemBinding(p, found, maxCellChars).texts(path, names);
  }

  /** Whether the value is null; else the parser stands on an object whose fields come next. */
  private boolean item(CharSequence path) throws IOException, WrongType {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // a text too long stops the document where it stands, as for any value of the document
      p.getText();
    }
    return object(path);
  }

  private String[] texts(CharSequence path, String[] names) throws IOException, WrongType {
    return item(path) ? null : fields(path, names);
  }

  /**
   * The text fields {@code names} of the object whose start the parser stands on, in that order,
   * null for one absent or null; unknown fields are noted, a repeated one refused.
   */
  private String[] fields(CharSequence path, String[] names) throws IOException, WrongType {
    String[] values = new String[names.length];
    Unknown unknown = null;
    int all = (1 << names.length) - 1;
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      int i = indexOf(names, name);
      boolean built = seen == all;
      seen = once(seen, i < 0 ? 0 : 1 << i, name);
      unknown = held(unknown, i < 0, path, name, built);
      p.nextToken();
      noteIf(built, unknown);
      if (i < 0) {
        skip();
      } else {
        values[i] = string(path, name);
      }
    }
    note(unknown);
    return values;
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The activity, its fields and those of the objects in it checked for repeats here: Jackson's
   * detector is off while it is read. Jackson keeps one context per depth and hands a new one the
   * detector of its parent as it makes it, so the objects below an activity (deadline, windows)
   * have none from the first activity on; no other object of the format lies that deep, and a
   * repeat within an unknown value that deep is left to the refusal of the unknown field.
   */
  private ActivityObject activity(CharSequence path) throws IOException, WrongType {
    if (item(path)) {
      return null;
    }
    if (!(p.getParsingContext() instanceof JsonReadContext c)) {
      return fields(path);
    }
    DupDetector detector = c.getDupDetector();
    c.withDupDetector(null);
    try {
      return fields(path);
    } finally {
      // for any other object at this depth, such as one within an unknown field of a section
      c.withDupDetector(detector);
    }
  }

  private ActivityObject fields(CharSequence path) throws IOException, WrongType {
    String code = null;
    String title = null;
    List<String> responsible = null;
    DeadlineObject deadline = null;
    String completionForm = null;
    String financing = null;
    String financingText = null;
    Unknown unknown = null;
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      int field = switch (name) {
        case "code" -> 1;
        case "title" -> 2;
        case "responsible" -> 4;
        case "deadline" -> 8;
        case "completionForm" -> 16;
        case "financing" -> 32;
        case "financingText" -> 64;
        default -> 0;
      };
      boolean built = seen == ALL_ACTIVITY;
      seen = once(seen, field, name);
      unknown = held(unknown, field == 0, path, name, built);
      p.nextToken();
      noteIf(built, unknown);
      switch (field) {
        case 1 -> code = string(path, name);
        case 2 -> title = string(path, name);
        case 4 -> responsible = strings(JsonPath.field(path, name));
        case 8 -> deadline = deadline(JsonPath.field(path, name));
        case 16 -> completionForm = string(path, name);
        case 32 -> financing = string(path, name);
        case 64 -> financingText = string(path, name);
        default -> skip();
      }
    }
    note(unknown);
    return new ActivityObject(code, title, responsible, deadline, completionForm, financing,
        financingText);
  }

  /**
   * {@code seen} with the known field {@code field} (a bit, or 0 for a field the format does not
   * have) added; a known field seen before is refused here, an unknown one by {@link #held}.
   */
  private int once(int seen, int field, String name) throws JsonParseException {
    if ((seen & field) != 0) {
      throw repeated(name);
    }
    return seen | field;
  }

  /**
   * A field named twice in one object, in the words of Jackson's strict parser, placed on the
   * token the parser stands on: the name, as that parser places it (or a name inside the value of
   * an unknown field, see {@link #skip}).
   */
  private JsonParseException repeated(String name) {
    return new JsonParseException(p, "Duplicate field '" + name + "'", p.currentTokenLocation());
  }

  private DeadlineObject deadline(CharSequence path) throws IOException, WrongType {
    if (object(path)) {
      return null;
    }
    String text = null;
    List<WindowObject> windows = null;
    Long durationDays = null;
    Boolean tentative = null;
    String recurrence = null;
    Unknown unknown = null;
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      int field = switch (name) {
        case "text" -> 1;
        case "windows" -> 2;
        case "durationDays" -> 4;
        case "tentative" -> 8;
        case "recurrence" -> 16;
        default -> 0;
      };
      boolean built = seen == ALL_DEADLINE;
      seen = once(seen, field, name);
      unknown = held(unknown, field == 0, path, name, built);
      p.nextToken();
      noteIf(built, unknown);
      switch (field) {
        case 1 -> text = string(path, name);
        case 2 -> windows = windows(JsonPath.field(path, name));
        case 4 -> durationDays = whole(JsonPath.field(path, name));
        case 8 -> tentative = bool(JsonPath.field(path, name));
        case 16 -> recurrence = string(path, name);
        default -> skip();
      }
    }
    note(unknown);
    return new DeadlineObject(text, windows, durationDays, tentative, recurrence);
  }

  private List<WindowObject> windows(CharSequence path) throws IOException, WrongType {
    if (array(path)) {
      return null;
    }
    List<WindowObject> out = new ArrayList<>(2);
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      JsonPath item = JsonPath.item(path, i++);
      if (object(item)) {
        out.add(null);
        continue;
      }
      String[] v = fields(item, WINDOW);
      out.add(new WindowObject(v[0], v[1]));
    }
    return out;
  }

  private List<String> strings(CharSequence path) throws IOException, WrongType {
    if (array(path)) {
      return null;
    }
    List<String> out = new ArrayList<>(4);
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      out.add(text(JsonPath.item(path, i++)));
    }
    return out;
  }

  /** Whether the value is null; anything but an object or null is of the wrong type. */
  private boolean object(CharSequence path) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return true;
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrong(path, "expected an object");
    }
    return false;
  }

  /** Whether the value is null; anything but an array or null is of the wrong type. */
  private boolean array(CharSequence path) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return true;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrong(path, "expected an array");
    }
    return false;
  }

  /**
   * A value of the wrong type at {@code path}; a text among them is read first, as Jackson reads
   * it to try it, so that one too long is refused as such.
   */
  private WrongType wrong(CharSequence path, String expected) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        p.getText();
      } catch (StreamConstraintsException e) {
        return tooLong(path, e);
      }
    }
    return new WrongType(path.toString(), expected);
  }

  private String string(CharSequence parent, String name) throws IOException, WrongType {
    return text(JsonPath.field(parent, name));
  }

  private String text(CharSequence path) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw wrong(path, "expected a string");
    }
    try {
      return p.getText();
    } catch (StreamConstraintsException e) {
      throw tooLong(path, e);
    }
  }

  private WrongType tooLong(CharSequence path, StreamConstraintsException e)
      throws StreamConstraintsException {
    if (!JsonDocument.stringTooLong(e)) {
      throw e;
    }
    return new WrongType(path.toString(), JsonDocument.cellOverLimit(maxCellChars));
  }

  private Long whole(CharSequence path) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw wrong(path, "expected a whole number");
    }
    return p.getLongValue();
  }

  private Boolean bool(CharSequence path) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw wrong(path, "expected true or false");
  }

  /**
   * {@code unknown} with the field whose name the parser stands on added if the format does not
   * have it ({@code isUnknown}); a field named twice is refused. Jackson holds such fields until it
   * can build their object: when the last of its known fields has been read and the next name
   * checked for a repeat. It notes them then, so a nested object's come first, and none is noted
   * for an object that a wrong value or a repeat stopped before that. One that comes after that it
   * notes once its value's first token is read, before it skips the value. So once the object is
   * {@code built}, the fields held are noted here, and the one named now by {@link #noteIf} after
   * its value's first token.
   */
  private Unknown held(Unknown unknown, boolean isUnknown, CharSequence parent, String name,
      boolean built) throws JsonParseException {
    Unknown out = unknown;
    String path = null;
    if (isUnknown) {
      out = out == null ? new Unknown() : out;
      path = JsonProblems.path(parent, name);
      if (!out.paths.add(path)) {
        throw repeated(name);
      }
    }
    noteIf(built, out);
    if (isUnknown) {
      out.held.add(new Held(path, p.currentTokenLocation()));
    }
    return out;
  }

  /**
   * The unknown fields of one object: every path, to find a repeat, and those not noted yet, each
   * with where its key is.
   */
  private static final class Unknown {
    private final Set<String> paths = new HashSet<>();
    private final List<Held> held = new ArrayList<>(1);
  }

  /** An unknown field not noted yet: its path, and where its key is. */
  private record Held(String path, JsonLocation at) {}

  /** Notes the fields {@code unknown} (may be null) holds if {@code now}. */
  private void noteIf(boolean now, Unknown unknown) {
    if (now && unknown != null && !unknown.held.isEmpty()) {
      unknown.held.forEach(h -> found.unknownField(h.path(), h.at()));
      unknown.held.clear();
    }
  }

  /** Notes the fields {@code unknown} (may be null) holds: its object has ended. */
  private void note(Unknown unknown) {
    noteIf(true, unknown);
  }

  /** Skips the value the parser stands on, refusing a field named twice in any object in it. */
  private void skip() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    Deque<Set<String>> objects = new ArrayDeque<>();
    int depth = 0;
    do {
      if (t == JsonToken.START_OBJECT) {
        objects.push(new HashSet<>());
        depth++;
      } else if (t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT) {
        objects.pop();
        depth--;
      } else if (t == JsonToken.END_ARRAY) {
        depth--;
      } else if (t == JsonToken.FIELD_NAME && !objects.peek().add(p.currentName())) {
        throw repeated(p.currentName());
      }
      if (depth > 0) {
        t = p.nextToken();
      }
    } while (depth > 0);
  }
}
