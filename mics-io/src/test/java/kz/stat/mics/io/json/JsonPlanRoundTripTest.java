package kz.stat.mics.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.io.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonPlanRoundTripTest {
  private final JsonPlanWriter writer = new JsonPlanWriter();
  private final JsonPlanReader reader = new JsonPlanReader();

  static byte[] write(ActionPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JsonPlanWriter().write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void readsBackTheSeedPlanItWrote() {
    ActionPlan plan = SeedPlan.plan().withPrecedences(List.of(Precedence.of("11.2", "11.3")));
    assertThat(reader.read("seed.json", new ByteArrayInputStream(write(plan)))).isEqualTo(plan);
  }

  private static JsonNode tree(byte[] json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    return tree(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesTheDocumentedShape() {
    JsonNode json = tree(write(SeedPlan.plan()));
    assertThat(names(json)).containsExactly("format", "version", "title", "language", "period",
        "executors", "sections");
    assertThat(json.get("format").textValue()).isEqualTo("mics-plan");
    assertThat(json.get("version").isInt()).isTrue();
    assertThat(json.get("version").intValue()).isEqualTo(1);
    assertThat(json.get("title").textValue()).isEqualTo("2023-2025 жж.арналған "
        + "Мультииндикаторлық кластерлік зерттеу (MICS) бойынша Іс-шаралар жоспары");
    assertThat(json.get("language").textValue()).isEqualTo("kk");
    assertThat(json.get("period")).isEqualTo(tree(
        "{\"from\": \"2023-01-01\", \"to\": \"2025-12-31\"}"));
    assertThat(json.get("executors")).hasSize(11);
    assertThat(json.get("executors").get(0)).isEqualTo(tree("{\"code\": \"ҚР СЖРА ҰСБ\", "
        + "\"name\": \"Қазақстан Республикасы Стратегиялық жоспарлау және реформалар "
        + "агенттігінің Ұлттық статистика бюросы\"}"));
    JsonNode section = json.get("sections").get(0);
    assertThat(names(section)).containsExactly("number", "title", "activities");
    assertThat(section.get("number").textValue()).isEqualTo("1");
    assertThat(section.get("title").textValue()).isEqualTo("Әдіснамалық қамтамасыз ету");
    JsonNode activity = section.get("activities").get(0);
    assertThat(names(activity)).containsExactly("code", "title", "responsible", "deadline",
        "completionForm", "financing", "financingText");
    assertThat(names(activity.get("deadline"))).containsExactly("text", "windows",
        "durationDays", "tentative", "recurrence");
    assertThat(activity).isEqualTo(tree("{\"code\": \"1.1\", \"title\": \"2024 жылға арналған "
        + "СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу\", "
        + "\"responsible\": [\"ХСД\", \"ӘДДБСД\"], "
        + "\"deadline\": {\"text\": \"Ақпан 2023\", "
        + "\"windows\": [{\"from\": \"2023-02-01\", \"to\": \"2023-02-28\"}], "
        + "\"durationDays\": null, \"tentative\": false, \"recurrence\": null}, "
        + "\"completionForm\": \"ӘДДБСД-ға хат\", \"financing\": \"NOT_REQUIRED\", "
        + "\"financingText\": \"Талап етілмейді\"}"));
  }

  @Test
  void writesPrecedencesOnlyWhenThereAreSome() {
    JsonNode json = tree(write(SeedPlan.plan().withPrecedences(
        List.of(Precedence.of("11.2", "11.3")))));
    assertThat(names(json)).endsWith("sections", "precedences");
    assertThat(json.get("precedences")).isEqualTo(tree(
        "[{\"before\": \"11.2\", \"after\": \"11.3\"}]"));
  }

  @Test
  void writesADeadlineAsTwoSpaceIndentedJson() {
    Deadline deadline = SeedPlan.plan().activity("1.1").orElseThrow().deadline();
    assertThat(JsonPlanWriter.deadlineJson(deadline)).isEqualTo("{\n"
        + "  \"text\": \"Ақпан 2023\",\n"
        + "  \"windows\": [ {\n"
        + "    \"from\": \"2023-02-01\",\n"
        + "    \"to\": \"2023-02-28\"\n"
        + "  } ],\n"
        + "  \"durationDays\": null,\n"
        + "  \"tentative\": false,\n"
        + "  \"recurrence\": null\n"
        + "}");
  }

  @Property(tries = 200)
  void readsBackAnyPlanItWrote(@ForAll("plans") ActionPlan plan) {
    assertThat(reader.read("p.json", new ByteArrayInputStream(write(plan)))).isEqualTo(plan);
  }

  @Provide
  Arbitrary<ActionPlan> plans() {
    return PlanArbitraries.plans();
  }

  @Test
  void readsBackAWholeHistoryItWrote() throws IOException {
    ActionPlan first = SeedPlan.plan();
    ActionPlan second = first.withPrecedences(List.of(Precedence.of("11.2", "11.3")));
    PlanHistory history = PlanHistory.of(PlanKey.of("mics-2023-2025"), List.of(
            new Revision(1, Instant.parse("2026-01-10T08:00:00Z"), first),
            new Revision(2, Instant.parse("2026-02-01T09:30:15.123Z"), second)),
        PlanProgress.of(List.of(
            new ProgressEvent(1, "11.2", Status.IN_PROGRESS, LocalDate.of(2024, 4, 2),
                Instant.parse("2026-02-02T10:00:00Z"), "Айгүл", "басталды, \"листинг\""),
            new ProgressEvent(2, "11.2", Status.DONE, LocalDate.of(2024, 6, 19),
                Instant.parse("2026-02-03T10:00:00Z"), "Aigul", ""))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonHistoryWriter().write(history, out);
    JsonNode json = tree(out.toByteArray());
    assertThat(names(json)).containsExactly("format", "version", "key", "revisions", "progress");
    assertThat(json.get("format").textValue()).isEqualTo("mics-history");
    assertThat(json.get("version").intValue()).isEqualTo(1);
    assertThat(json.get("key").textValue()).isEqualTo("mics-2023-2025");
    assertThat(names(json.get("revisions").get(1))).containsExactly("number", "savedAt", "plan");
    assertThat(json.get("revisions").get(1).get("savedAt").textValue())
        .isEqualTo("2026-02-01T09:30:15.123Z");
    assertThat(json.get("revisions").get(1).get("plan")).isEqualTo(tree(write(second)));
    assertThat(json.get("progress").get(0)).isEqualTo(tree("{\"sequence\": 1, "
        + "\"activity\": \"11.2\", \"status\": \"IN_PROGRESS\", \"on\": \"2024-04-02\", "
        + "\"recordedAt\": \"2026-02-02T10:00:00Z\", \"actor\": \"Айгүл\", "
        + "\"note\": \"басталды, \\\"листинг\\\"\"}"));
    assertThat(new JsonHistoryReader().read("h.json",
        new ByteArrayInputStream(out.toByteArray()))).isEqualTo(history);
  }
}
