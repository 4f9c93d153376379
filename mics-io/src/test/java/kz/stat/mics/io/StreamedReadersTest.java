package kz.stat.mics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.port.UnstorableTextException;
import kz.stat.mics.io.csv.CsvPlanReader;
import kz.stat.mics.io.csv.CsvPlanWriter;
import kz.stat.mics.io.internal.CollectedPlan;
import kz.stat.mics.io.json.JsonPlanReader;
import kz.stat.mics.io.json.JsonPlanWriter;
import org.junit.jupiter.api.Test;

/**
 * The readers that stream JSON and CSV give the parts of the same plan the whole-document readers
 * give, are chosen for those formats only, hold no size limit, and refuse a bad item with its
 * line.
 */
class StreamedReadersTest {

  static byte[] written(PlanWriter writer, ActionPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(plan, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static ActionPlan streamedJson(String text) {
    CollectedPlan plan = new CollectedPlan();
    new JsonPlanReader().stream("plan.json",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), plan);
    return plan.plan();
  }

  static ActionPlan streamedCsv(String text) {
    CollectedPlan plan = new CollectedPlan();
    new CsvPlanReader().stream("plan.csv",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), plan);
    return plan.plan();
  }

  /** The section numbers and executor codes a stream hands on, as it hands them on. */
  private static final class Recorded implements kz.stat.mics.domain.port.PlanParts {
    final java.util.List<String> sections = new java.util.ArrayList<>();
    final java.util.List<String> executors = new java.util.ArrayList<>();

    @Override
    public void header(String title, kz.stat.mics.domain.language.Language language,
        kz.stat.mics.domain.schedule.YearRange period) {}

    @Override
    public void executor(kz.stat.mics.domain.executor.Executor executor) {
      executors.add(executor.code());
    }

    @Override
    public void section(String number, String title) {
      sections.add(number);
    }

    @Override
    public void activity(kz.stat.mics.domain.plan.Activity activity) {}

    @Override
    public void precedence(kz.stat.mics.domain.plan.Precedence precedence) {}
  }

  @Test
  void aSectionNumberIsHandedOnTrimmedAsASectionKeepsIt() {
    String json = new String(written(new JsonPlanWriter(), SeedPlan.plan()),
        StandardCharsets.UTF_8).replace("\"number\": \"1\"", "\"number\": \" 1 \"");
    assertThat(json).contains("\" 1 \"");
    Recorded fromJson = new Recorded();
    new JsonPlanReader().stream("plan.json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), fromJson);

    String csv = new String(written(new CsvPlanWriter(), SeedPlan.plan()), StandardCharsets.UTF_8)
        .replace("#section,1,", "#section, 1 ,");
    assertThat(csv).contains("#section, 1 ,");
    Recorded fromCsv = new Recorded();
    new CsvPlanReader().stream("plan.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), fromCsv);

    java.util.List<String> numbers = SeedPlan.plan().sections().stream()
        .map(kz.stat.mics.domain.plan.Section::number).toList();
    assertThat(fromJson.sections).isEqualTo(numbers).startsWith("1");
    assertThat(fromCsv.sections).isEqualTo(numbers);
  }

  @Test
  void anExecutorCodeListedTwiceIsRefusedAtItsItem() {
    String json = new String(written(new JsonPlanWriter(), SeedPlan.plan()),
        StandardCharsets.UTF_8);
    String first = SeedPlan.plan().executors().entries().get(0).code();
    String second = SeedPlan.plan().executors().entries().get(1).code();
    String twice = json.replace("\"code\": \"" + second + "\"", "\"code\": \"" + first + "\"");
    assertThat(twice).isNotEqualTo(json);

    assertThatThrownBy(() -> streamedJson(twice))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("executor code listed twice: " + first);
  }

  @Test
  void aTitleOfTwoMillionCharactersIsACellOverTheLimitAtItsItem() {
    String json = new String(written(new JsonPlanWriter(), SeedPlan.plan()),
        StandardCharsets.UTF_8);
    String title = SeedPlan.plan().activities().get(0).title();
    String huge = json.replaceFirst(java.util.regex.Pattern.quote("\"title\": \"" + title + "\""),
        "\"title\": \"" + "x".repeat(2_000_000) + "\"");
    assertThat(huge).isNotEqualTo(json);
    // placed where its item begins: the first activity's "{", line 47, column 21
    assertThat(json.split("\n")[46]).isEqualTo("    \"activities\": [ {");

    assertThatThrownBy(() -> streamedJson(huge))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage("plan.json:47:21: sections[0].activities[0].title: cell over"
            + " the limit of 100000 characters");
  }

  @Test
  void theSeedWrittenAsJsonStreamsBackWhole() {
    byte[] json = written(new JsonPlanWriter(), SeedPlan.plan());
    CollectedPlan plan = new CollectedPlan();

    new JsonPlanReader().stream("seed.json", new ByteArrayInputStream(json), plan);

    assertThat(plan.plan()).isEqualTo(SeedPlan.plan());
    assertThat(plan.plan().activities()).hasSize(47);
  }

  @Test
  void theSeedWrittenAsCsvStreamsBackWholeAndTheWholeReaderAgrees() {
    byte[] csv = written(new CsvPlanWriter(), SeedPlan.plan());
    CollectedPlan plan = new CollectedPlan();

    new CsvPlanReader().stream("seed.csv", new ByteArrayInputStream(csv), plan);

    assertThat(plan.plan()).isEqualTo(SeedPlan.plan());
    assertThat(new CsvPlanReader().read("seed.csv", new ByteArrayInputStream(csv)))
        .isEqualTo(SeedPlan.plan());
  }

  @Test
  void aCsvRowWithABadWindowIsRefusedAtItsLine() {
    String csv = new String(written(new CsvPlanWriter(), SeedPlan.plan()), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n", -1);
    int header = 0;
    while (!lines[header].startsWith("section")) {
      header++;
    }
    // the third activity row: its line is one more than the line breaks before it
    lines[header + 3] = lines[header + 3].replaceFirst("20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]\\.\\.",
        "2024-13-01..");
    String bad = String.join("\r\n", lines);
    String before = String.join("\r\n", java.util.Arrays.asList(lines).subList(0, header + 3));
    int line = (int) before.chars().filter(c -> c == '\n').count() + 2;

    assertThat(line).isEqualTo(36);
    assertThatThrownBy(() -> streamedCsv(bad))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageStartingWith("plan.csv:36: windows: \"2024-13-01..");
  }

  @Test
  void aJsonActivityWithoutATitleIsRefusedWhereItBegins() {
    String json = "{\n"
        + "  \"format\": \"mics-plan\",\n"
        + "  \"version\": 1,\n"
        + "  \"title\": \"T\",\n"
        + "  \"language\": \"en\",\n"
        + "  \"period\": {\"from\": \"2023-01-01\", \"to\": \"2025-12-31\"},\n"
        + "  \"executors\": [],\n"
        + "  \"sections\": [ {\"number\": \"1\", \"title\": \"S\", \"activities\": [\n"
        + "    {\"code\": \"1.1\", \"responsible\": [], \"deadline\": {\"text\": \"2024\","
        + " \"windows\": [], \"tentative\": false}, \"completionForm\": \"\","
        + " \"financing\": \"NONE\", \"financingText\": \"\"}\n"
        + "  ]} ]\n"
        + "}\n";

    assertThatThrownBy(() -> streamedJson(json))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("plan.json:9:5: sections[0].activities[0].title: expected a string");
  }

  @Test
  void anUnknownFieldOfThePeriodOrAnExecutorIsNotedAndTheReadingGoesOn() {
    String json = "{\"format\": \"mics-plan\", \"version\": 1, \"title\": \"T\","
        + " \"language\": \"en\", \"period\": {\"from\": \"2023-01-01\","
        + " \"to\": \"2025-12-31\", \"until\": 1},\n"
        + " \"executors\": [{\"code\": \"A\", \"name\": \"a\", \"extra\": 1},\n"
        + "  {\"code\": \"B\", \"name\": {\"x\": 1}}], \"sections\": [],"
        + " \"precedences\": [{\"before\": \"1\", \"after\": \"2\", \"lag\": 0}]}";

    // an unknown field on its key, as the whole document's reader places it; a value of the
    // wrong type where its item begins
    assertThatThrownBy(() -> streamedJson(json))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage("plan.json:1:124: unknown field \"period.until\"\n"
            + "plan.json:2:43: unknown field \"executors[0].extra\"\n"
            + "plan.json:3:3: executors[1].name: expected a string");
    assertThat(json.split("\n")[0].substring(123)).startsWith("\"until\"");
    assertThat(json.split("\n")[1].substring(42)).startsWith("\"extra\"");
  }

  /**
   * A column is counted in characters, as an editor and the whole document's reader count it,
   * not in the bytes of UTF-8 the streamed reader parses: a Kazakh letter is two bytes, a letter
   * outside the basic plane four bytes and two characters.
   */
  @Test
  void columnsAreCountedInCharactersOnALineOfKazakhText() {
    String json = seed().replaceFirst("\"title\": \"Персонал\",",
        "\"title\": \"Персонал \uD835\uDD4A\", \"bogus\": 1,");
    String line = json.lines().filter(l -> l.contains("\"bogus\"")).findFirst().orElseThrow();
    int lineNr = json.substring(0, json.indexOf(line)).split("\n", -1).length;
    String expected = "plan.json:" + lineNr + ":" + (line.indexOf("\"bogus\"") + 1)
        + ": unknown field \"sections[2].bogus\"";
    assertThatThrownBy(() -> streamedJson(json)).hasMessage(expected);
    assertThatThrownBy(() -> new JsonPlanReader().read("plan.json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).hasMessage(expected);
    // an activity's unknown field, after its form of completion in Kazakh
    String activity = seed().replaceFirst("(\"completionForm\": \"[^\"]*\"),", "$1, \"extra\": 2,");
    String at = activity.lines().filter(l -> l.contains("\"extra\": 2")).findFirst().orElseThrow();
    int chars = at.indexOf("\"extra\"");
    assertThat(at.substring(0, chars).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(chars);
    int atNr = activity.substring(0, activity.indexOf(at)).split("\n", -1).length;
    assertThatThrownBy(() -> streamedJson(activity)).hasMessage("plan.json:" + atNr + ":"
        + (chars + 1) + ": unknown field \"sections[0].activities[0].extra\"");
  }

  /** A field of the wrong type is named once, as such, not also as missing or out of order. */
  @Test
  void aValueOfTheWrongTypeIsNotAlsoMissingOrOutOfOrder() {
    String version = seed().replaceFirst("\"version\": 1,", "\"version\": \"1\",");
    assertThatThrownBy(() -> streamedJson(version)).hasMessage("plan.json:3:14: version: expected"
        + " a whole number");
    String title = seed().replaceFirst("\"title\": \"Персонал\",", "\"title\": 42,");
    assertThatThrownBy(() -> streamedJson(title)).message()
        .matches("plan\\.json:\\d+:\\d+: sections\\[2\\]\\.title: expected a string");
  }

  /** Every required top-level field left out is named, by both readers, in the same words. */
  @Test
  void anEmptyObjectMissesWhatTheWholeReaderSaysItMisses() {
    String period = "\"period\":{\"from\":\"2023-01-01\",\"to\":\"2025-12-31\"}";
    for (String json : List.of("{}", "{\"title\": 42}", "{\"title\": null}",
        "{\"format\":\"mics-plan\",\"version\":1,\"title\":null,\"language\":\"en\"," + period
            + ",\"executors\":[]}",
        "{\"format\":\"mics-plan\",\"version\":null,\"title\":\"T\",\"language\":\"en\"," + period
            + ",\"executors\":null}",
        "{\"format\":\"mics-plan\",\"version\":1,\"title\":\"T\",\"language\":\"en\"," + period
            + ",\"executors\":[],\"sections\":[null]}",
        "{\"format\":\"mics-plan\",\"version\":1,\"title\":\"T\",\"language\":\"en\"," + period
            + ",\"sections\":null}")) {
      Throwable whole = catchThrowable(() -> new JsonPlanReader().read("plan.json",
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
      assertThat(catchThrowable(() -> streamedJson(json))).as(json).isInstanceOf(
          PlanDocumentException.class).hasMessage(whole.getMessage());
    }
    assertThatThrownBy(() -> streamedJson("{}")).hasMessage(String.join("\n",
        "plan.json:1:1: missing field \"format\"", "plan.json:1:1: missing field \"version\"",
        "plan.json:1:1: missing field \"title\"", "plan.json:1:1: missing field \"language\"",
        "plan.json:1:1: missing field \"period\"", "plan.json:1:1: missing field \"executors\"",
        "plan.json:1:1: missing field \"sections\""));
  }

  /** A number too long to read is placed where the whole-document reader places it. */
  @Test
  void aNumberWithTooManyDigitsIsPlacedAsTheWholeReaderPlacesIt() {
    String text = seed().replaceFirst("\"durationDays\": null", "\"durationDays\": "
        + "9".repeat(200));
    String line = "        \"durationDays\": " + "9".repeat(200);
    assertThat(text).contains("\n" + line + ",\n");
    int lineNr = text.substring(0, text.indexOf(line)).split("\n", -1).length;
    assertThatThrownBy(() -> streamedJson(text)).hasMessage("plan.json:" + lineNr + ":"
        + (line.length() + 1) + ": holds a number with too many digits");
    assertThatThrownBy(() -> new JsonPlanReader().read("plan.json", new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)))).hasMessage("plan.json:" + lineNr + ":"
        + (line.length() + 1) + ": holds a number with too many digits");
  }

  /** A document nested too deep is refused where the nesting passes the limit. */
  @Test
  void aDocumentNestedTooDeepIsRefusedWhereItPassesTheLimit() {
    String deep = "{\"format\":\"mics-plan\",\"version\":1,\"x\":" + "[".repeat(5000)
        + "]".repeat(5000) + "}";
    assertThatThrownBy(() -> streamedJson(deep)).message().endsWith(
        "plan.json:1:103: is nested more than 64 levels deep; a plan document never is");
  }

  /** Jackson's words about its own settings and sources are left out of what the user reads. */
  @Test
  void aBrokenDocumentIsNamedWithoutTheParsersSettings() {
    String text = seed();
    String cut = text.substring(0, text.length() / 2);
    String nan = text.replaceFirst("\"durationDays\": null", "\"durationDays\": NaN");
    String comment = text.replaceFirst("\"executors\"", "// who\n\"executors\"");
    for (String json : List.of(cut, nan, comment)) {
      Throwable streamed = catchThrowable(() -> streamedJson(json));
      Throwable whole = catchThrowable(() -> new JsonPlanReader().read("plan.json",
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
      for (Throwable t : List.of(streamed, whole)) {
        assertThat(t).isInstanceOf(PlanDocumentException.class).message()
            .contains("is not valid JSON: ").doesNotContain("Feature", "Source", "enable", "`");
      }
    }
  }

  /**
   * A text the store cannot keep is refused by the store's check as the part is handed on; the
   * reader names the file, line and column of its item, and stops there.
   */
  @Test
  void aTextTheStoreCannotKeepIsPlacedWhereItsItemBegins() {
    String json = seed().replaceFirst("\"title\": \"Персонал\",", "\"title\": \"Перс\\\\u0000онал\",");
    int line = json.substring(0, json.indexOf("Перс\\u0000")).split("\n", -1).length;
    CollectedPlan plan = new CollectedPlan();
    assertThatThrownBy(() -> new JsonPlanReader().stream("plan.json", new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)), UnstorableTextException.checked(plan)))
        .isInstanceOf(PlanDocumentException.class)
        .message().matches("plan\\.json:\\d+:\\d+: section 3 title contains a NUL character,"
            + " which cannot be stored")
        .startsWith("plan.json:" + (line - 2) + ":");
  }

  /** The same in a CSV plan, on the line of the row that holds the text. */
  @Test
  void aTextTheStoreCannotKeepIsPlacedOnItsRowInACsvPlan() {
    String csv = new String(written(new CsvPlanWriter(), SeedPlan.plan()), StandardCharsets.UTF_8)
        .replaceFirst("#section,3,Персонал", "#section,3,Перс\u0000онал");
    int line = csv.substring(0, csv.indexOf("Перс\u0000")).split("\n", -1).length;
    CollectedPlan plan = new CollectedPlan();
    assertThatThrownBy(() -> new CsvPlanReader().stream("plan.csv", new ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), UnstorableTextException.checked(plan)))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage("plan.csv:" + line + ": section 3 title contains a NUL character, which"
            + " cannot be stored");
  }

  private static String seed() {
    return new String(written(new JsonPlanWriter(), SeedPlan.plan()), StandardCharsets.UTF_8);
  }

  @Test
  void aFieldNamedTwiceIsRefusedWhereverItStandsAfterTheItemsBoundByHand() {
    String head = "{\"format\": \"mics-plan\", \"version\": 1, \"title\": \"T\","
        + " \"language\": \"en\", \"period\": {\"from\": \"2023-01-01\","
        + " \"to\": \"2025-12-31\"}, \"executors\": [{\"code\": \"A\", \"name\": \"a\"}],"
        + " \"sections\": [";
    String activity = "{\"code\": \"CODE\", \"title\": \"t\", \"responsible\": [],"
        + " \"deadline\": {\"text\": \"2024\", \"windows\": [], \"tentative\": false},"
        + " \"completionForm\": \"\", \"financing\": \"NOT_REQUIRED\", \"financingText\": \"\"}";
    String two = activity.replace("CODE", "1.1") + ", " + activity.replace("CODE", "1.2");
    // a section's own field, after the period and an executor were bound
    assertThatThrownBy(() -> streamedJson(head + "{\"number\": \"1\", \"number\": \"2\","
        + " \"title\": \"S\", \"activities\": [" + two + "]}]}"))
        .hasMessageContaining("is not valid JSON: Duplicate field 'number'");
    // a section's field after its activities were bound
    assertThatThrownBy(() -> streamedJson(head + "{\"number\": \"1\", \"title\": \"S\","
        + " \"activities\": [" + two + "], \"title\": \"again\"}]}"))
        .hasMessageContaining("is not valid JSON: Duplicate field 'title'");
    // within an unknown field of the second section, at the depth of the activities
    assertThatThrownBy(() -> streamedJson(head + "{\"number\": \"1\", \"title\": \"S\","
        + " \"activities\": [" + two + "]}, {\"number\": \"2\", \"title\": \"S\","
        + " \"extra\": [{\"a\": 1, \"a\": 2}], \"activities\": []}]}"))
        .hasMessageContaining("is not valid JSON: Duplicate field 'a'");
    // the second activity's field
    assertThatThrownBy(() -> streamedJson(head + "{\"number\": \"1\", \"title\": \"S\","
        + " \"activities\": [" + activity.replace("CODE", "1.1") + ", "
        + activity.replace("CODE", "1.2").replace("\"title\": \"t\"",
            "\"title\": \"t\", \"title\": \"u\"") + "]}]}"))
        .hasMessageContaining("is not valid JSON: Duplicate field 'title'");
    // and the document without a repeat is read
    assertThat(streamedJson(head + "{\"number\": \"1\", \"title\": \"S\", \"activities\": ["
        + two + "]}]}").activities()).hasSize(2);
  }

  @Test
  void aJsonDocumentOfAnotherFormatIsRefusedForThatAlone() {
    assertThatThrownBy(() -> streamedJson("{\"format\": \"mics-history\", \"sections\": 5}"))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage("plan.json:1:12: format: this is a \"mics-history\" document, not a "
            + "mics-plan document");
  }

  @Test
  void documentsStreamOnlyJsonAndCsvPlansAndNotTheSizeLimit() {
    Documents tiny = new Documents(DocumentLimits.ofBytes(1024));
    byte[] json = written(new JsonPlanWriter(), SeedPlan.plan());
    byte[] csv = written(new CsvPlanWriter(), SeedPlan.plan());
    assertThat(json.length).isGreaterThan(1024);

    CollectedPlan fromJson = new CollectedPlan();
    tiny.stream(DocumentSource.of("seed.json", () -> new ByteArrayInputStream(json)))
        .orElseThrow().readInto(fromJson);
    CollectedPlan fromCsv = new CollectedPlan();
    tiny.stream(DocumentSource.of("seed.csv", () -> new ByteArrayInputStream(csv)))
        .orElseThrow().readInto(fromCsv);

    assertThat(fromJson.plan()).isEqualTo(SeedPlan.plan());
    assertThat(fromCsv.plan()).isEqualTo(SeedPlan.plan());
    assertThat(tiny.stream(DocumentSource.of("seed.txt",
        () -> new ByteArrayInputStream("\tNo\n".getBytes(StandardCharsets.UTF_8))))).isEmpty();
    assertThat(tiny.stream(DocumentSource.of("h.json", () -> new ByteArrayInputStream(
        "{\"format\": \"mics-history\"}".getBytes(StandardCharsets.UTF_8))))).isEmpty();
  }
}
