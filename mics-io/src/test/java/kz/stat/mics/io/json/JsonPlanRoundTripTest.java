package kz.stat.mics.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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

  @Test
  void writesTheDocumentedShape() {
    String json = new String(write(SeedPlan.plan()), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"format\": \"mics-plan\",\n  \"version\": 1,\n"
        + "  \"title\": \"2023-2025 жж.арналған");
    assertThat(json).contains("\"period\": {\n    \"from\": \"2023-01-01\",\n"
        + "    \"to\": \"2025-12-31\"\n  }");
    assertThat(json).contains("\"deadline\": {\n"
        + "        \"text\": \"Ақпан 2023\",\n"
        + "        \"windows\": [ {\n"
        + "          \"from\": \"2023-02-01\",\n"
        + "          \"to\": \"2023-02-28\"\n"
        + "        } ],\n"
        + "        \"durationDays\": null,\n"
        + "        \"tentative\": false,\n"
        + "        \"recurrence\": null\n"
        + "      },\n"
        + "      \"completionForm\": \"ӘДДБСД-ға хат\",\n"
        + "      \"financing\": \"NOT_REQUIRED\",\n"
        + "      \"financingText\": \"Талап етілмейді\"");
    assertThat(json).doesNotContain("precedences");
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
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"format\": \"mics-history\",\n  \"version\": 1,\n"
        + "  \"key\": \"mics-2023-2025\",");
    assertThat(new JsonHistoryReader().read("h.json",
        new ByteArrayInputStream(out.toByteArray()))).isEqualTo(history);
  }
}
