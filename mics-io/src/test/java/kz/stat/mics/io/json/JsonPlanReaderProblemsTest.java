package kz.stat.mics.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import org.junit.jupiter.api.Test;

class JsonPlanReaderProblemsTest {
  private final JsonPlanReader reader = new JsonPlanReader();

  private PlanDocumentException problems(String json) {
    return catchThrowableOfType(PlanDocumentException.class, () -> reader.read("plan.json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  private static String seed() {
    return new String(JsonPlanRoundTripTest.write(SeedPlan.plan()), StandardCharsets.UTF_8);
  }

  @Test
  void namesAnUnknownFieldByItsPathLineAndColumn() {
    String json = seed().replaceFirst("\"title\": \"ЮНИСЕФ-тің деректерді өңдеу",
        "\"titel\": \"ЮНИСЕФ-тің деректерді өңдеу");
    String before = json.substring(0, json.indexOf("\"titel\""));
    int line = before.split("\n", -1).length;
    int column = before.length() - before.lastIndexOf('\n');
    assertThat(problems(json).problems()).extracting(Object::toString).containsExactly(
        "plan.json:" + line + ":" + column + ": unknown field \"sections[5].activities[1].titel\"",
        "plan.json:" + (line - 2) + ":8: missing field \"sections[5].activities[1].title\"");
  }

  @Test
  void aDocumentOfAHundredThousandUnknownFieldsKeepsFiftyAndCountsTheRest() {
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      junk.append("\"x").append(i).append("\": 0, ");
    }
    String json = seed().replaceFirst("\"executors\"", junk + "\"executors\"");

    var problems = problems(json).problems();

    assertThat(problems).hasSize(51);
    assertThat(problems.get(0).toString()).isEqualTo("plan.json:10:3: unknown field \"x0\"");
    assertThat(problems.get(50).toString()).isEqualTo("plan.json: 99950 more problems not shown");
  }

  @Test
  void namesEveryUnknownFieldInOneReading() {
    String json = seed().replaceFirst("\"durationDays\": null", "\"days\": {\"n\": [1]}")
        .replaceFirst("\"executors\"", "\"owners\": [], \"executors\"");
    // each object's unknown fields are noted when the object ends, so the inner one comes first
    assertThat(problems(json).problems()).extracting(Object::toString).containsExactly(
        "plan.json:57:9: unknown field \"sections[0].activities[0].deadline.days\"",
        "plan.json:10:3: unknown field \"owners\"");
  }

  /**
   * An object is built as soon as its last known field is read: a field it does not know before
   * that one is still named inside its own object, not inside the field that follows.
   */
  @Test
  void namesAnUnknownFieldBeforeTheLastKnownOneInsideItsOwnObject() {
    String json = seed().replaceFirst("\"executors\": \\[ \\{\n",
        "\"executors\": [ {\n    \"x\": 1,\n").replaceFirst("(\"name\": \"[^\"]*\")\n", "$1,\n    \"extra\": 2\n");
    assertThat(json.substring(json.indexOf("\"executors\""))).startsWith(
        "\"executors\": [ {\n    \"x\": 1,\n    \"code\": \"ҚР СЖРА ҰСБ\",\n    \"name\": ");
    assertThat(problems(json).problems()).extracting(Object::toString).containsExactly(
        "plan.json:11:5: unknown field \"executors[0].x\"",
        "plan.json:14:5: unknown field \"executors[0].extra\"");
  }

  @Test
  void saysAHistoryIsNotAPlanBeforeNamingItsFields() {
    String history = "{\"format\": \"mics-history\", \"version\": 1, \"key\": \"mics\",\n"
        + "\"revisions\": [], \"progress\": []}";
    assertThat(problems(history)).hasMessage("plan.json:1:12: format: this is a \"mics-history\" "
        + "document, not a mics-plan document");
  }

  @Test
  void namesEveryMissingFieldAtTheObjectThatLacksIt() {
    String json = seed().replaceFirst("\"title\": \"ЮНИСЕФ-тің деректерді өңдеу[^\"]*\",\n",
        "").replaceFirst("\"tentative\": false,\n", "");
    assertThat(problems(json).problems()).extracting(Object::toString).containsExactly(
        "plan.json:51:19: missing field \"sections[0].activities[0].deadline.tentative\"",
        "plan.json:270:8: missing field \"sections[5].activities[1].title\"");
  }

  @Test
  void saysWhatAValueOfTheWrongJsonTypeShouldBe() {
    assertThat(problems(seed().replace("\"tentative\": false", "\"tentative\": \"no\"")))
        .hasMessage("plan.json:58:22: sections[0].activities[0].deadline.tentative: expected true"
            + " or false");
    assertThat(problems(seed().replace("\"version\": 1", "\"version\": \"1\"")))
        .hasMessage("plan.json:3:14: version: expected a whole number");
    assertThat(problems(seed().replace("\"language\": \"kk\"", "\"language\": 7")))
        .hasMessage("plan.json:5:15: language: expected a string");
    assertThat(problems(seed().replace("\"responsible\": [ \"ХСД\", \"ӘДДБСД\" ]",
        "\"responsible\": \"ХСД\""))).hasMessage(
            "plan.json:50:22: sections[0].activities[0].responsible: expected an array");
    assertThat(problems(seed().replaceFirst("\"period\": \\{", "\"period\": \"2023\", \"x\": {")))
        .hasMessage("plan.json:6:13: period: expected an object");
  }

  @Test
  void tellsANullFromAnAbsentValue() {
    assertThat(problems(seed().replace("\"completionForm\": \"ӘДДБСД-ға хат\"",
        "\"completionForm\": null")).problems()).extracting(Object::toString).containsExactly(
            "plan.json:61:25: sections[0].activities[0].completionForm: expected a string");
    assertThat(problems(seed().replace("\"responsible\": [ \"ХСД\", \"ӘДДБСД\" ]",
        "\"responsible\": [ \"ХСД\", null ]"))).hasMessage(
            "plan.json:50:31: sections[0].activities[0].responsible[1]: expected a string");
  }

  @Test
  void refusesContentAfterTheDocument() {
    int line = seed().split("\n", -1).length;
    assertThat(problems(seed() + "{}")).hasMessage("plan.json:" + line + ":1: unexpected content "
        + "after the end of the JSON document");
  }

  @Test
  void refusesAFieldGivenTwice() {
    assertThat(problems("{\"format\": \"mics-plan\", \"format\": \"mics-plan\"}"))
        .hasMessage("plan.json:1:33: is not valid JSON: Duplicate field 'format'");
  }

  @Test
  void keepsJacksonsSourceNoteOutOfTheMessages() {
    for (String json : new String[] {"{\"format\": mics}", "[1, 2]",
        seed().replace("\"version\": 1", "\"version\": 1.5"), "{\"a\": 1} x"}) {
      assertThat(problems(json).getMessage()).doesNotContain("Source", "REDACTED", "\n");
    }
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String json = seed().replace("\"financing\": \"UNICEF\"", "\"financing\": \"GRANT\"")
        .replace("\"to\": \"2023-07-31\"", "\"to\": \"2023-07-32\"");
    assertThat(problems(json).problems()).hasSizeGreaterThan(5)
        .allSatisfy(p -> assertThat(p.line()).isPositive())
        .anySatisfy(p -> assertThat(p.message()).isEqualTo(
            "sections[3].activities[1].financing: \"GRANT\" is not one of STATE_BUDGET, UNICEF, "
                + "NOT_REQUIRED, OTHER"))
        .anySatisfy(p -> assertThat(p.message()).isEqualTo(
            "sections[6].activities[0].deadline.windows[0].to: expected a date such as "
                + "2023-01-31, found \"2023-07-32\""));
  }

  @Test
  void saysWhichFormatItExpected() {
    assertThat(problems("{\"format\": \"mics-history\", \"version\": 1}"))
        .hasMessage("plan.json:1:12: format: this is a \"mics-history\" document, not a "
            + "mics-plan document");
  }

  @Test
  void saysWhichVersionItReads() {
    assertThat(problems(seed().replace("\"version\": 1", "\"version\": 2")))
        .hasMessage("plan.json:3:14: version: version 2 of mics-plan is not known; this program "
            + "reads version 1");
  }

  @Test
  void refusesDeepNestingWithAMessage() {
    String bomb = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(problems(bomb).getMessage())
        .isEqualTo("plan.json:1:66: is nested more than 64 levels deep; a plan document never is");
  }

  @Test
  void refusesAHugeStringWithAMessage() {
    String bomb = "{\"format\": \"mics-plan\", \"title\": \"" + "x".repeat(2_000_000) + "\"}";
    assertThat(problems(bomb).getMessage()).startsWith("plan.json:1:")
        .endsWith(": cell of 2000000 characters, over the limit of 100000");
  }

  @Test
  void saysWhenTheTextIsNotJson() {
    assertThat(problems("{\"format\": mics}").getMessage())
        .startsWith("plan.json:1:12: is not valid JSON: Unrecognized token 'mics'");
  }

  @Test
  void saysWhenTheDocumentIsNotAnObject() {
    assertThat(problems("[1, 2]")).hasMessage("plan.json:1:1: the document: expected an object");
  }

  @Test
  void namesTheLineAndByteOfTextThatIsNotUtf8() {
    byte[] bytes = "{\n\"format\": \"mics-plan\",\n\"title\": \"Жоспар\"}"
        .getBytes(StandardCharsets.UTF_8);
    int at = bytes.length - 4;
    bytes[at] = (byte) 0xC0;
    assertThat(catchThrowableOfType(PlanDocumentException.class, () -> reader.read("plan.json",
        new ByteArrayInputStream(bytes)))).hasMessage("plan.json:3: is not UTF-8 text: byte "
            + at + " (0xC0) cannot be decoded; save the file as UTF-8");
  }

  @Test
  void reportsAHistoryWhoseEventsAreOutOfSequence() {
    String plan = seed();
    String history = "{\"format\": \"mics-history\", \"version\": 1, \"key\": \"mics\",\n"
        + "\"revisions\": [{\"number\": 1, \"savedAt\": \"2026-01-10T08:00:00Z\", \"plan\": "
        + plan + "}],\n"
        + "\"progress\": [{\"sequence\": 2, \"activity\": \"1.1\", \"status\": \"FINISHED\", "
        + "\"on\": \"2024-06-19\", \"recordedAt\": \"yesterday\", \"actor\": \"a\", \"note\": \"\"}]}";
    int line = history.split("\n", -1).length;
    PlanDocumentException e = catchThrowableOfType(PlanDocumentException.class,
        () -> new JsonHistoryReader().read("h.json", new ByteArrayInputStream(
            history.getBytes(StandardCharsets.UTF_8))));
    assertThat(e.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        line + ": progress[0].status: \"FINISHED\" is not one of PLANNED, IN_PROGRESS, DONE, "
            + "CANCELLED",
        line + ": progress[0].recordedAt: expected a UTC time such as 2026-01-31T09:30:00Z, "
            + "found \"yesterday\"",
        line + ": progress[0].sequence: events are numbered 1, 2, ... in order; expected 1, "
            + "found 2");
  }
}
