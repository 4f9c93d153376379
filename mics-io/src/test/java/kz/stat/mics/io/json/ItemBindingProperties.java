package kz.stat.mics.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.stat.mics.io.json.PlanJson.ActivityObject;
import kz.stat.mics.io.json.PlanJson.ExecutorObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader binds each item by hand ({@link ItemBinding}); Jackson's binding with the
 * document mapper is the reference. On activity objects, and on the objects of text fields that
 * executors, precedences and the period are, whose fields are missing, null,
 * of every wrong JSON type, unknown, repeated or too long, both give the same record, the same
 * unknown fields, the same first value of the wrong type, by path and words, and the same
 * repeated field refused, wherever it is.
 */
class ItemBindingProperties {
  private static final int CELL = 20;
  private static final ObjectMapper MAPPER = JsonDocument.mapper(2 * CELL + 2);
  private static final ObjectReader READER = MAPPER.readerFor(ActivityObject.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader EXECUTOR = MAPPER.readerFor(ExecutorObject.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String PATH = "sections[0].activities[0]";

  /** Values of every JSON type, some right for a field and most wrong. */
  private static final List<String> VALUES = List.of("null", "\"1.1\"", "\"\"", "1", "-7", "1.5",
      "123456789012345678901234567890", "true", "false", "[]", "[\"ХСД\", null]", "[1]",
      "[\"a\", [\"b\"]]", "{}", "{\"x\": 1}", "[null]", "[{}]", "[{\"from\": \"2024-01-01\","
          + " \"to\": null}]", "[{\"from\": 1}]", "[{\"zz\": [1, {\"y\": 2}]}]", "[\"2024\"]",
      "{\"a\": 1, \"a\": 2}", "[{\"b\": [1], \"c\": {\"d\": 1, \"d\": 1}}]",
      "\"" + "ж".repeat(CELL * 3) + "\"", "[\"" + "q".repeat(CELL * 3) + "\"]",
      "[{\"from\": \"2024-01-01\", \"to\": \"2024-02-01\", \"x\": {\"a\": 1, \"a\": 2}}]",
      "[{\"x\": 1, \"to\": null, \"from\": null, \"y\": 2}]");

  private static final List<String> FIELDS = List.of("code", "title", "responsible", "deadline",
      "completionForm", "financing", "financingText", "extra", "code", "x");

  private static final List<String> EXECUTOR_FIELDS = List.of("code", "name", "extra", "name",
      "x");

  private static final List<String> DEADLINE_FIELDS = List.of("text", "windows", "durationDays",
      "tentative", "recurrence", "days", "text", "x");

  @Provide
  Arbitrary<String> activities() {
    Arbitrary<String> deadline = Arbitraries.oneOf(fieldsOf(DEADLINE_FIELDS,
        Arbitraries.of(VALUES)), everyFieldOf(DEADLINE_FIELDS, Arbitraries.of(VALUES)));
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES), deadline);
    return Arbitraries.oneOf(fieldsOf(FIELDS, value), everyFieldOf(FIELDS, value),
        Arbitraries.of(VALUES));
  }

  @Provide
  Arbitrary<String> executors() {
    return Arbitraries.oneOf(fieldsOf(EXECUTOR_FIELDS, Arbitraries.of(VALUES)),
        everyFieldOf(EXECUTOR_FIELDS, Arbitraries.of(VALUES)), Arbitraries.of(VALUES));
  }

  /** An object of some of {@code names} (a name may come twice), in any order. */
  private static Arbitrary<String> fieldsOf(List<String> names, Arbitrary<String> values) {
    Arbitrary<String> field = Combinators.combine(Arbitraries.of(names), values)
        .as((n, v) -> "\"" + n + "\": " + v);
    return field.list().ofMaxSize(names.size()).map(fs -> "{" + String.join(", ", fs) + "}");
  }

  /**
   * An object of each of {@code names} once, and up to two of them again, in any order: Jackson
   * builds it once its last known field is read, and notes an unknown field at another moment.
   */
  private static Arbitrary<String> everyFieldOf(List<String> names, Arbitrary<String> values) {
    return Arbitraries.of(names).list().ofMaxSize(2).flatMap(more -> {
      List<String> all = new ArrayList<>(new LinkedHashSet<>(names));
      all.addAll(more);
      return Arbitraries.shuffle(all);
    }).flatMap(ns -> values.list().ofSize(ns.size()).map(vs -> {
      List<String> fs = new ArrayList<>();
      for (int i = 0; i < ns.size(); i++) {
        fs.add("\"" + ns.get(i) + "\": " + vs.get(i));
      }
      return "{" + String.join(", ", fs) + "}";
    }));
  }

  @Property(tries = 3000)
  void theHandBindingAnswersAsJacksonsBindingDoes(@ForAll("activities") String activity)
      throws IOException {
    assertThat(byHand(activity)).isEqualTo(byJackson(activity, READER));
  }

  @Property(tries = 1000)
  void anObjectOfTextsIsBoundAsJacksonBindsIt(@ForAll("executors") String executor)
      throws IOException {
    assertThat(byHand(executor, p -> {
      String[] v = ItemBinding.texts(p.parser(), PATH, p.found(), CELL, "code", "name");
      return v == null ? null : new ExecutorObject(v[0], v[1]);
    })).isEqualTo(byJackson(executor, EXECUTOR));
  }

  @Example
  void theSeedsFirstActivityIsBoundAlike() throws IOException {
    String activity = "{\"code\": \"1.1\", \"title\": \"t\", \"responsible\": [\"ХСД\"],"
        + " \"deadline\": {\"text\": \"Ақпан 2023\", \"windows\": [{\"from\": \"2023-02-01\","
        + " \"to\": \"2023-02-28\"}], \"durationDays\": null, \"tentative\": false,"
        + " \"recurrence\": null}, \"completionForm\": \"f\", \"financing\": \"UNICEF\","
        + " \"financingText\": \"ЮНИСЕФ\"}";
    assertThat(byHand(activity)).startsWith("bound ActivityObject[code=1.1")
        .isEqualTo(byJackson(activity, READER));
  }

  /**
   * Jackson builds an object as soon as its last known field is read, notes the unknown fields
   * it held until then, and notes one that comes after before it skips its value: a repeat
   * within that value is refused with those notes already made.
   */
  @Example
  void anUnknownFieldAfterTheLastKnownOneIsNotedBeforeItsValueIsRefused() throws IOException {
    String executor = "{\"x\": 1, \"code\": \"c\", \"name\": \"n\", \"extra\": {\"a\": 1, \"a\": 2}}";
    assertThat(byHand(executor, p -> ItemBinding.texts(p.parser(), PATH, p.found(), CELL,
        "code", "name")))
        .isEqualTo("refused Duplicate field 'a' [" + PATH + ".x KEY unknown field \"" + PATH
            + ".x\", " + PATH + ".extra KEY unknown field \"" + PATH + ".extra\"]")
        .isEqualTo(byJackson(executor, EXECUTOR));
    String activity = "{\"code\": \"1.1\", \"x\": 1, \"title\": \"t\", \"responsible\": null,"
        + " \"deadline\": {\"text\": \"t\", \"windows\": null, \"durationDays\": 1,"
        + " \"tentative\": true, \"recurrence\": null, \"y\": [{\"b\": 1, \"b\": 2}]},"
        + " \"completionForm\": null, \"financing\": null, \"financingText\": null,"
        + " \"extra\": [{\"c\": 1, \"c\": 2}]}";
    assertThat(byHand(activity)).isEqualTo(byJackson(activity, READER));
    String deadline = activity.replace(", \"extra\": [{\"c\": 1, \"c\": 2}]", "")
        .replace("\"y\": [{\"b\": 1, \"b\": 2}]", "\"y\": [{\"b\": 1, \"b\": 3}]");
    assertThat(byHand(deadline)).isEqualTo(byJackson(deadline, READER));
  }

  /**
   * The parser inside a document, standing on the activity's first token: a parser of UTF-8
   * bytes from a stream, as the reader's, which checks the length of a text as it reads it.
   */
  private static JsonParser onActivity(String activity) throws IOException {
    JsonParser p = MAPPER.getFactory().createParser(new ByteArrayInputStream(
        ("{\"sections\": [{\"activities\": [" + activity + "]}]}")
            .getBytes(StandardCharsets.UTF_8)));
    for (int i = 0; i < 7; i++) {
      p.nextToken();
    }
    return p;
  }

  /** A binding by hand of the item the parser stands on. */
  private interface Binding {
    Object bind(Bound p) throws IOException, ItemBinding.WrongType;
  }

  /** The parser, and the problems noted as it is read. */
  private record Bound(JsonParser parser, JsonProblems found) {}

  private static String byHand(String activity) throws IOException {
    return byHand(activity, b -> ItemBinding.read(b.parser(), PATH, b.found(), CELL));
  }

  private static String byHand(String item, Binding binding) throws IOException {
    JsonProblems found = new JsonProblems();
    try (JsonParser p = onActivity(item)) {
      Object o = binding.bind(new Bound(p, found));
      return "bound " + o + notedAnd(found, p);
    } catch (ItemBinding.WrongType e) {
      return "wrong " + e.path() + ": " + e.getMessage() + noted(found);
    } catch (JsonProcessingException e) {
      return "refused " + e.getOriginalMessage() + noted(found);
    }
  }

  private static String byJackson(String item, ObjectReader reader) throws IOException {
    JsonProblems found = new JsonProblems();
    try (JsonParser p = onActivity(item)) {
      Object o = p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL
          ? null : reader.withAttribute(JsonProblems.class, found).readValue(p);
      return "bound " + o + notedAnd(found, p);
    } catch (JsonMappingException e) {
      if (!(e.getCause() instanceof StreamConstraintsException)
          && e.getCause() instanceof JsonProcessingException inner
          && !(e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException)) {
        return "refused " + inner.getOriginalMessage() + noted(found);
      }
      String inner = JsonDocument.path(e);
      String full = inner.isEmpty() ? PATH : inner.startsWith("[") ? PATH + inner
          : JsonProblems.path(PATH, inner);
      String expected = e.getCause() instanceof StreamConstraintsException c
          && String.valueOf(c.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("string")
          ? "cell over the limit of " + CELL + " characters" : JsonDocument.expected(e);
      return "wrong " + full + ": " + expected + noted(found);
    } catch (JsonProcessingException e) {
      return "refused " + e.getOriginalMessage() + noted(found);
    }
  }

  /**
   * The problems noted, and where the parser was left: past the activity, in the array that holds
   * it (Jackson also clears the token it stands on; the reader's next step is the same).
   */
  private static String notedAnd(JsonProblems found, JsonParser p) {
    return noted(found) + " in " + p.getParsingContext().getParent().getCurrentName();
  }

  private static String noted(JsonProblems found) {
    List<String> out = new ArrayList<>();
    for (JsonProblems.Noted n : found.noted()) {
      out.add(n.path() + " " + n.place() + " " + Optional.ofNullable(n.message()).orElse("-"));
    }
    return " " + out;
  }
}
