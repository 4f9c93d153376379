package kz.stat.mics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.bench.TableTextDocuments.Shape;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.io.table.TablePlanReader;
import org.junit.jupiter.api.Test;

/** The generated documents have the lines they claim and read as the plans they describe. */
class TableTextDocumentsTest {

  private static ActionPlan read(byte[] document) {
    return new TablePlanReader().read("generated", new ByteArrayInputStream(document));
  }

  private static long lines(byte[] document) {
    return new String(document, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
  }

  @Test
  void tenThousandLinesOfActivitiesAre995ActivitiesInTenSections() {
    byte[] document = TableTextDocuments.generate(10_000, Shape.ACTIVITIES);

    ActionPlan plan = read(document);

    // 9 lines before the table, 3 of the note, 3 per section and 10 per activity: nine sections
    // of 100 (9,027 lines) and 95 activities in the tenth (953), and the 8 lines left over
    // continue the last activity's title
    assertThat(lines(document)).isEqualTo(10_000);
    assertThat(plan.activities()).hasSize(995);
    assertThat(plan.sections()).hasSize(10);
    assertThat(plan.executors().entries()).hasSize(2);
    Activity first = plan.activities().get(0);
    assertThat(first.code()).isEqualTo("1.1");
    assertThat(first.title()).isEqualTo(
        "Prepare the materials of activity 1.1 check them with the regional offices and send them on");
    assertThat(first.responsible()).containsExactly("DSD", "ISD");
    assertThat(first.deadline().text()).isEqualTo("February 2024");
    assertThat(first.deadline().windows()).isNotEmpty();
    assertThat(plan.activities().get(994).code()).isEqualTo("10.95");
    assertThat(plan.activities().get(994).title()).isEqualTo(
        "Prepare the materials of activity 10.95 check them with the regional offices and"
            + " and again".repeat(8) + " send them on");
  }

  @Test
  void aLongCellIsOneActivityWhoseTitleRunsOverTheRestOfTheLines() {
    byte[] document = TableTextDocuments.generate(10_000, Shape.LONG_CELL);

    ActionPlan plan = read(document);

    assertThat(lines(document)).isEqualTo(10_000);
    assertThat(plan.activities()).hasSize(1);
    // 10,000 lines less the 9 before the table, the 3 of the section, the 3 of the note and the 10
    // of the activity itself are continuation lines "a"
    assertThat(plan.activities().get(0).title()).isEqualTo(
        "Prepare the materials of activity 1.1 check them with the regional offices and"
            + " a".repeat(9_975) + " send them on");
  }
}
