package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.stat.mics.io.internal.IsoDates;
import kz.stat.mics.io.internal.Problems;

/**
 * What is wrong with the values of a bound JSON document, each problem noted with the JSON path of
 * the value it is about ({@code sections[5].activities[1].title}); {@link JsonDocument} places them
 * on lines and columns. Also the checks that turn bound values into domain values.
 */
final class JsonProblems {
  /** Where a problem is placed: on the value at the path, or on the key that names it. */
  enum Place {
    VALUE,
    KEY
  }

  /**
   * One problem. {@code expected} is set for a required value that is null or absent: which of the
   * two decides the message, and only the document's text can tell. {@code at} is where the
   * streaming reader met it, when that is known (the key of an unknown field), else null.
   */
  record Noted(String path, Place place, String message, String expected, JsonLocation at) {
    Noted(String path, Place place, String message, String expected) {
      this(path, place, message, expected, null);
    }
  }

  /** The first problems, as many as a document reports ({@link Problems#LIMIT}). */
  private final List<Noted> noted = new ArrayList<>();
  /** How many more there were: counted, not kept, so that a document of errors cannot fill memory. */
  private int beyond;

  List<Noted> noted() {
    return List.copyOf(noted);
  }

  /** How many problems were noted past those kept. */
  int beyond() {
    return beyond;
  }

  boolean isEmpty() {
    return noted.isEmpty();
  }

  private void note(Noted n) {
    if (noted.size() < Problems.LIMIT) {
      noted.add(n);
    } else {
      beyond++;
    }
  }

  /** {@code parent.name}, or {@code name} at the top. */
  static String path(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** {@code parent[index]}. */
  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** {@code parent.name}, the parent spelled out now. */
  static String path(CharSequence parent, String name) {
    return path(parent.toString(), name);
  }

  /** Notes a problem placed on the value at {@code path}; the message names the path itself. */
  void add(String path, String message) {
    note(new Noted(path, Place.VALUE, message, null));
  }

  /** Notes a field that the format does not have. */
  void unknownField(String path) {
    unknownField(path, null);
  }

  /** Notes a field that the format does not have, whose key is at {@code at} (or null). */
  void unknownField(String path, JsonLocation at) {
    note(new Noted(path, Place.KEY, "unknown field \"" + path + "\"", null, at));
  }

  /** Notes a required value that is null or absent; {@code expected} is "a string", ... */
  void absent(String path, String expected) {
    note(new Noted(path, Place.VALUE, null, expected));
  }

  Optional<String> text(String value, String path) {
    if (value == null) {
      absent(path, "a string");
    }
    return Optional.ofNullable(value);
  }

  Optional<Long> number(Long value, String path) {
    if (value == null) {
      absent(path, "a whole number");
    }
    return Optional.ofNullable(value);
  }

  Optional<Boolean> bool(Boolean value, String path) {
    if (value == null) {
      absent(path, "true or false");
    }
    return Optional.ofNullable(value);
  }

  /** The items of a required array; none when it is null or absent. */
  <T> List<T> list(List<T> value, String path) {
    if (value == null) {
      absent(path, "an array");
      return List.of();
    }
    return value;
  }

  /** Whether a required object is there, noting it when it is not. */
  boolean object(Object value, String path) {
    if (value == null) {
      absent(path, "an object");
    }
    return value != null;
  }

  /** The strings of a required array of strings. */
  List<String> texts(List<String> value, String path) {
    List<String> out = new ArrayList<>();
    List<String> items = list(value, path);
    for (int i = 0; i < items.size(); i++) {
      text(items.get(i), item(path, i)).ifPresent(out::add);
    }
    return out;
  }

  // The same checks of the value named {@code name} in {@code parent}: its path is built only
  // when there is a problem to note, as almost every value of a large document has none.

  Optional<String> text(String value, CharSequence parent, String name) {
    if (value == null) {
      absent(path(parent, name), "a string");
    }
    return Optional.ofNullable(value);
  }

  Optional<Boolean> bool(Boolean value, CharSequence parent, String name) {
    if (value == null) {
      absent(path(parent, name), "true or false");
    }
    return Optional.ofNullable(value);
  }

  <T> List<T> list(List<T> value, CharSequence parent, String name) {
    if (value == null) {
      absent(path(parent, name), "an array");
      return List.of();
    }
    return value;
  }

  boolean object(Object value, CharSequence parent, String name) {
    if (value == null) {
      absent(path(parent, name), "an object");
    }
    return value != null;
  }

  List<String> texts(List<String> value, CharSequence parent, String name) {
    List<String> items = list(value, parent, name);
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String t = items.get(i);
      if (t == null) {
        absent(item(path(parent, name), i), "a string");
      } else {
        out.add(t);
      }
    }
    return out;
  }

  Optional<LocalDate> optionalDate(String value, CharSequence parent, String name) {
    return value == null ? Optional.empty() : parseDate(value, parent, name);
  }

  <E extends Enum<E>> Optional<E> constant(String value, CharSequence parent, String name,
      Class<E> type) {
    if (value == null) {
      absent(path(parent, name), "a string");
      return Optional.empty();
    }
    return optionalConstant(value, parent, name, type);
  }

  <E extends Enum<E>> Optional<E> optionalConstant(String value, CharSequence parent, String name,
      Class<E> type) {
    if (value == null) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return Optional.of(e);
      }
    }
    return named(value, path(parent, name), type);
  }

  private Optional<LocalDate> parseDate(String text, CharSequence parent, String name) {
    try {
      return Optional.of(IsoDates.parse(text));
    } catch (DateTimeParseException e) {
      return parseDate(text, path(parent, name));
    }
  }

  /** A required date such as 2023-01-31. */
  Optional<LocalDate> date(String value, String path) {
    return text(value, path).flatMap(t -> parseDate(t, path));
  }

  /** A date that may be null or absent. */
  Optional<LocalDate> optionalDate(String value, String path) {
    return value == null ? Optional.empty() : parseDate(value, path);
  }

  private Optional<LocalDate> parseDate(String text, String path) {
    try {
      return Optional.of(IsoDates.parse(text));
    } catch (DateTimeParseException e) {
      add(path, path + ": expected a date such as 2023-01-31, found \"" + text + "\"");
      return Optional.empty();
    }
  }

  /** A required UTC time such as 2026-01-31T09:30:00Z. */
  Optional<Instant> instant(String value, String path) {
    return text(value, path).flatMap(t -> {
      try {
        return Optional.of(Instant.parse(t));
      } catch (DateTimeParseException e) {
        add(path, path + ": expected a UTC time such as 2026-01-31T09:30:00Z, found \"" + t
            + "\"");
        return Optional.empty();
      }
    });
  }

  /** The enum constant named by a required string. */
  <E extends Enum<E>> Optional<E> constant(String value, String path, Class<E> type) {
    return text(value, path).flatMap(t -> named(t, path, type));
  }

  /** The enum constant named by a string that may be null or absent. */
  <E extends Enum<E>> Optional<E> optionalConstant(String value, String path, Class<E> type) {
    return value == null ? Optional.empty() : named(value, path, type);
  }

  private <E extends Enum<E>> Optional<E> named(String text, String path, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return Optional.of(e);
      }
    }
    add(path, path + ": \"" + text + "\" is not one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")));
    return Optional.empty();
  }
}
