package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.io.json.PlanJson.ActivityObject;
import kz.stat.mics.io.json.PlanJson.DeadlineObject;
import kz.stat.mics.io.json.PlanJson.WindowObject;

/**
 * One activity object read from the parser's tokens onto its record, as the streaming reader's
 * hot path: the same answers as Jackson's binding with the document mapper (a field it does not
 * know is skipped and noted once its object is read; null stays null; a value of the wrong JSON type stops the reading
 * with the same "expected ..." words and path), without building a deserialization context per
 * item. {@code ActivityBindingProperties} holds the two to the same answers.
 */
final class ActivityBinding {
  private final JsonParser p;
  private final JsonProblems found;
  private final int maxCellChars;

  private ActivityBinding(JsonParser p, JsonProblems found, int maxCellChars) {
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
  static ActivityObject read(JsonParser p, String path, JsonProblems found, int maxCellChars)
      throws IOException, WrongType {
    return new ActivityBinding(p, found, maxCellChars).activity(path);
  }

  private ActivityObject activity(String path) throws IOException, WrongType {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // a text too long stops the document where it stands, as for any value of the document
      p.getText();
    }
    if (object(path)) {
      return null;
    }
    String code = null;
    String title = null;
    List<String> responsible = null;
    DeadlineObject deadline = null;
    String completionForm = null;
    String financing = null;
    String financingText = null;
    List<String> unknown = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "code" -> code = string(path, name);
        case "title" -> title = string(path, name);
        case "responsible" -> responsible = strings(JsonProblems.path(path, name));
        case "deadline" -> deadline = deadline(JsonProblems.path(path, name));
        case "completionForm" -> completionForm = string(path, name);
        case "financing" -> financing = string(path, name);
        case "financingText" -> financingText = string(path, name);
        default -> unknown = unknown(unknown, path, name);
      }
    }
    noteUnknown(unknown);
    return new ActivityObject(code, title, responsible, deadline, completionForm, financing,
        financingText);
  }

  private DeadlineObject deadline(String path) throws IOException, WrongType {
    if (object(path)) {
      return null;
    }
    String text = null;
    List<WindowObject> windows = null;
    Long durationDays = null;
    Boolean tentative = null;
    String recurrence = null;
    List<String> unknown = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "text" -> text = string(path, name);
        case "windows" -> windows = windows(JsonProblems.path(path, name));
        case "durationDays" -> durationDays = whole(JsonProblems.path(path, name));
        case "tentative" -> tentative = bool(JsonProblems.path(path, name));
        case "recurrence" -> recurrence = string(path, name);
        default -> unknown = unknown(unknown, path, name);
      }
    }
    noteUnknown(unknown);
    return new DeadlineObject(text, windows, durationDays, tentative, recurrence);
  }

  private List<WindowObject> windows(String path) throws IOException, WrongType {
    if (array(path)) {
      return null;
    }
    List<WindowObject> out = new ArrayList<>(2);
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String item = JsonProblems.item(path, i++);
      if (object(item)) {
        out.add(null);
        continue;
      }
      String from = null;
      String to = null;
      List<String> unknown = null;
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "from" -> from = string(item, name);
          case "to" -> to = string(item, name);
          default -> unknown = unknown(unknown, item, name);
        }
      }
      noteUnknown(unknown);
      out.add(new WindowObject(from, to));
    }
    return out;
  }

  private List<String> strings(String path) throws IOException, WrongType {
    if (array(path)) {
      return null;
    }
    List<String> out = new ArrayList<>(4);
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      out.add(text(JsonProblems.item(path, i++)));
    }
    return out;
  }

  /** Whether the value is null; anything but an object or null is of the wrong type. */
  private boolean object(String path) throws IOException, WrongType {
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
  private boolean array(String path) throws IOException, WrongType {
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
  private WrongType wrong(String path, String expected) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        p.getText();
      } catch (StreamConstraintsException e) {
        return tooLong(path, e);
      }
    }
    return new WrongType(path, expected);
  }

  private String string(String parent, String name) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return text(parent, name);
    }
    return text(JsonProblems.path(parent, name));
  }

  private String text(String parent, String name) throws IOException, WrongType {
    try {
      return p.getText();
    } catch (StreamConstraintsException e) {
      throw tooLong(JsonProblems.path(parent, name), e);
    }
  }

  private String text(String path) throws IOException, WrongType {
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

  private WrongType tooLong(String path, StreamConstraintsException e)
      throws StreamConstraintsException {
    if (!JsonDocument.stringTooLong(e)) {
      throw e;
    }
    return new WrongType(path, JsonDocument.cellOverLimit(maxCellChars));
  }

  private Long whole(String path) throws IOException, WrongType {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw wrong(path, "expected a whole number");
    }
    return p.getLongValue();
  }

  private Boolean bool(String path) throws IOException, WrongType {
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
   * Skips a field the format does not have and adds its path to {@code unknown}; they are noted
   * once their object is read, as Jackson notes them when it has built the object (so a nested
   * object's come first, and none is noted for an object that a wrong value stopped).
   */
  private List<String> unknown(List<String> unknown, String parent, String name)
      throws IOException {
    List<String> out = unknown == null ? new ArrayList<>(1) : unknown;
    out.add(JsonProblems.path(parent, name));
    p.skipChildren();
    return out;
  }

  private void noteUnknown(List<String> unknown) {
    if (unknown != null) {
      unknown.forEach(found::unknownField);
    }
  }
}
