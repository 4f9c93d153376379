package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonToken;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.json.JsonTree.Arr;
import kz.stat.mics.io.json.JsonTree.Node;
import kz.stat.mics.io.json.JsonTree.Obj;
import kz.stat.mics.io.json.JsonTree.Scalar;

/**
 * Reading typed fields out of a {@link JsonTree}, noting every wrong, missing or unknown field with
 * its JSON path and place instead of stopping at the first.
 */
final class JsonFields {
  private final Problems problems;

  JsonFields(Problems problems) {
    this.problems = problems;
  }

  static String path(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  void problem(Node at, String message) {
    problems.add(at.line(), at.column(), message);
  }

  /** The node as an object whose fields are all in {@code allowed}; empty when it is not one. */
  Optional<Obj> object(Node node, String path, Set<String> allowed) {
    if (!(node instanceof Obj o)) {
      problem(node, (path.isEmpty() ? "the document" : path) + ": expected an object");
      return Optional.empty();
    }
    for (String name : o.members().keySet()) {
      if (!allowed.contains(name)) {
        int[] k = o.keys().get(name);
        problems.add(k[0], k[1], "unknown field \"" + path(path, name) + "\"");
      }
    }
    return Optional.of(o);
  }

  private Optional<Node> member(Obj o, String name, String path, boolean required) {
    Node n = o.members().get(name);
    if (n == null) {
      if (required) {
        problem(o, "missing field \"" + path(path, name) + "\"");
      }
      return Optional.empty();
    }
    return Optional.of(n);
  }

  private static boolean isNull(Node n) {
    return n instanceof Scalar s && s.token() == JsonToken.VALUE_NULL;
  }

  /** A required string. */
  Optional<String> text(Obj o, String name, String path) {
    return member(o, name, path, true).flatMap(n -> text(n, path(path, name)));
  }

  /** A string that may be null or absent. */
  Optional<String> optionalText(Obj o, String name, String path) {
    Optional<Node> n = member(o, name, path, false);
    if (n.isEmpty() || isNull(n.get())) {
      return Optional.empty();
    }
    return text(n.get(), path(path, name));
  }

  Optional<String> text(Node n, String path) {
    if (n instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
      return Optional.of(s.text());
    }
    problem(n, path + ": expected a string");
    return Optional.empty();
  }

  /** A required whole number. */
  Optional<Long> number(Obj o, String name, String path) {
    return member(o, name, path, true).flatMap(n -> number(n, path(path, name)));
  }

  /** A whole number that may be null or absent. */
  Optional<Long> optionalNumber(Obj o, String name, String path) {
    Optional<Node> n = member(o, name, path, false);
    if (n.isEmpty() || isNull(n.get())) {
      return Optional.empty();
    }
    return number(n.get(), path(path, name));
  }

  private Optional<Long> number(Node n, String path) {
    if (n instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Optional.of(Long.parseLong(s.text()));
      } catch (NumberFormatException e) {
        // falls through to the problem below
      }
    }
    problem(n, path + ": expected a whole number");
    return Optional.empty();
  }

  /** A required boolean. */
  Optional<Boolean> bool(Obj o, String name, String path) {
    Optional<Node> n = member(o, name, path, true);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof Scalar s && (s.token() == JsonToken.VALUE_TRUE
        || s.token() == JsonToken.VALUE_FALSE)) {
      return Optional.of(s.token() == JsonToken.VALUE_TRUE);
    }
    problem(n.get(), path(path, name) + ": expected true or false");
    return Optional.empty();
  }

  /** A date such as 2023-01-01 that may be null or absent. */
  Optional<LocalDate> optionalDate(Obj o, String name, String path) {
    return optionalText(o, name, path).flatMap(t -> date(o.members().get(name), t,
        path(path, name)));
  }

  Optional<LocalDate> date(Obj o, String name, String path) {
    return text(o, name, path).flatMap(t -> date(o.members().get(name), t, path(path, name)));
  }

  private Optional<LocalDate> date(Node at, String text, String path) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problem(at, path + ": expected a date such as 2023-01-31, found \"" + text + "\"");
      return Optional.empty();
    }
  }

  Optional<Instant> instant(Obj o, String name, String path) {
    return text(o, name, path).flatMap(t -> {
      try {
        return Optional.of(Instant.parse(t));
      } catch (DateTimeParseException e) {
        problem(o.members().get(name), path(path, name)
            + ": expected a UTC time such as 2026-01-31T09:30:00Z, found \"" + t + "\"");
        return Optional.empty();
      }
    });
  }

  /** A required array's items. */
  List<Node> array(Obj o, String name, String path) {
    return member(o, name, path, true).map(n -> items(n, path(path, name)))
        .orElse(List.of());
  }

  /** An array that may be absent. */
  List<Node> optionalArray(Obj o, String name, String path) {
    return member(o, name, path, false).map(n -> items(n, path(path, name)))
        .orElse(List.of());
  }

  private List<Node> items(Node n, String path) {
    if (n instanceof Arr a) {
      return a.items();
    }
    problem(n, path + ": expected an array");
    return List.of();
  }

  /** The strings of a required array. */
  List<String> texts(Obj o, String name, String path) {
    List<String> out = new ArrayList<>();
    List<Node> items = array(o, name, path);
    for (int i = 0; i < items.size(); i++) {
      text(items.get(i), path(path, name) + "[" + i + "]").ifPresent(out::add);
    }
    return out;
  }

  /** A required name of an enum constant. */
  <E extends Enum<E>> Optional<E> constant(Obj o, String name, String path, Class<E> type) {
    return text(o, name, path).flatMap(t -> constant(o.members().get(name), t,
        path(path, name), type));
  }

  /** An enum constant that may be null or absent. */
  <E extends Enum<E>> Optional<E> optionalConstant(Obj o, String name, String path,
      Class<E> type) {
    return optionalText(o, name, path).flatMap(t -> constant(o.members().get(name), t,
        path(path, name), type));
  }

  private <E extends Enum<E>> Optional<E> constant(Node at, String text, String path,
      Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return Optional.of(e);
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problem(at, path + ": \"" + text + "\" is not one of " + String.join(", ", names));
    return Optional.empty();
  }
}
