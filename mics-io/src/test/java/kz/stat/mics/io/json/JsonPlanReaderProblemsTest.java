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
        .endsWith("holds a string longer than 1000000 characters; a plan document never does");
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
