package kz.stat.mics.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.TaskField;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.junit.jupiter.api.Test;

class MspdiPlanWriterTest {

  private static byte[] write(ExportedPlan export) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MspdiPlanWriter().write(export, out);
    return out.toByteArray();
  }

  private static List<Task> sections(ProjectFile file) {
    List<Task> roots = file.getChildTasks();
    while (roots.size() == 1 && Objects.equals(roots.get(0).getID(), 0)) {
      roots = roots.get(0).getChildTasks();
    }
    return roots;
  }

  @Test
  void mpxjReadsTheSeedBackAsFifteenSummaryTasksOfFortySevenTasks() throws Exception {
    ActionPlan seed = SeedPlan.plan();
    ProjectFile file = new UniversalProjectReader()
        .read(new ByteArrayInputStream(write(ExportedPlan.of(seed))));
    List<Task> sections = sections(file);
    assertThat(sections).hasSize(15);
    assertThat(sections).allMatch(Task::getSummary);
    List<Task> tasks = sections.stream().flatMap(s -> s.getChildTasks().stream()).toList();
    assertThat(tasks).hasSize(47);
    List<String> found = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 47; i++) {
      Task t = tasks.get(i);
      Activity a = seed.activities().get(i);
      found.add(t.getWBS() + " " + t.getName() + " " + t.getStart().toLocalDate() + ".."
          + t.getFinish().toLocalDate() + " " + t.getResourceAssignments().stream()
              .map(ResourceAssignment::getResource).map(Resource::getName).toList());
      expected.add(a.code() + " " + a.title() + " " + a.deadline().start().orElseThrow() + ".."
          + a.deadline().due().orElseThrow() + " " + a.responsible());
    }
    assertThat(found).containsExactlyElementsOf(expected);
    Task first = tasks.get(0);
    assertThat(first.getStart()).isEqualTo(LocalDate.of(2023, 2, 1).atTime(8, 0));
    assertThat(first.getFinish()).isEqualTo(LocalDate.of(2023, 2, 28).atTime(17, 0));
    assertThat(first.get(TaskField.TEXT1)).isEqualTo("ӘДДБСД-ға хат");
    assertThat(first.get(TaskField.TEXT2)).isEqualTo("Талап етілмейді");
    assertThat(first.get(TaskField.TEXT3)).isEqualTo("Ақпан 2023");
    assertThat(first.get(TaskField.TEXT4)).isEqualTo("ХСД");
    assertThat(file.getCustomFields().get(TaskField.TEXT1).getAlias()).isEqualTo("Completion form");
    // 10.1 and 10.3 hold their two windows as child tasks
    Task tenThree = tasks.stream().filter(t -> "10.3".equals(t.getWBS())).findFirst().orElseThrow();
    assertThat(tenThree.getChildTasks()).extracting(t -> t.getWBS() + " "
        + t.getStart().toLocalDate() + ".." + t.getFinish().toLocalDate())
        .containsExactly("10.3.1 2024-03-01..2024-03-31", "10.3.2 2024-09-01..2024-09-30");
    // the 11 entries of the directory, then the 4 executors the plan writes out in full
    assertThat(file.getResources().stream().map(Resource::getName).filter(Objects::nonNull)
        .toList()).hasSize(15).startsWith("ҚР СЖРА ҰСБ", "ЮНИСЕФ", "ХСД")
        .contains("ЗД", "Баспасөз қызметі", "ҚР СЖРА ҰСБ Қарағанды облысы бойынша департаменті");
    Resource hsd = file.getResources().stream().filter(r -> "ХСД".equals(r.getName()))
        .findFirst().orElseThrow();
    assertThat(hsd.get(net.sf.mpxj.ResourceField.TEXT1)).isEqualTo("Халық статистикасы департаменті");
  }

  @Test
  void theSeedReadsBackThroughTheScheduleReaderAsTheSamePlan() throws Exception {
    byte[] bytes = write(ExportedPlan.of(SeedPlan.plan()));
    PlanDocument.Plan read = new SchedulePlanReader()
        .readDocument("plan.xml", new ByteArrayInputStream(bytes));
    assertThat(read.plan()).isEqualTo(SeedPlan.plan());
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void progressBecomesPercentCompleteAndActualDates() throws Exception {
    PlanProgress progress = PlanProgress.of(List.of(
        event(1, "1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 1)),
        event(2, "1.1", Status.DONE, LocalDate.of(2023, 2, 20)),
        event(3, "2.1", Status.IN_PROGRESS, LocalDate.of(2023, 3, 1)),
        event(4, "2.2", Status.CANCELLED, LocalDate.of(2023, 3, 1))));
    ExportedPlan export = new ExportedPlan(Optional.of(PlanKey.of("p")), 1, SeedPlan.plan(),
        progress, Optional.empty(), Language.KK);
    List<Task> tasks = sections(new UniversalProjectReader()
        .read(new ByteArrayInputStream(write(export)))).stream()
        .flatMap(s -> s.getChildTasks().stream()).toList();
    assertThat(tasks.get(0).getPercentageComplete().intValue()).isEqualTo(100);
    assertThat(tasks.get(0).getActualStart()).isEqualTo(LocalDate.of(2023, 2, 1).atTime(8, 0));
    assertThat(tasks.get(0).getActualFinish()).isEqualTo(LocalDate.of(2023, 2, 20).atTime(17, 0));
    assertThat(tasks.get(1).getPercentageComplete().intValue()).isEqualTo(50);
    assertThat(tasks.get(1).getActualStart()).isEqualTo(LocalDate.of(2023, 3, 1).atTime(8, 0));
    assertThat(tasks.get(1).getActualFinish()).isNull();
    assertThat(tasks.get(2).getActive()).isFalse();
    assertThat(tasks.get(3).getActive()).isTrue();
    assertThat(tasks.get(3).getPercentageComplete().intValue()).isZero();
  }

  private static ProgressEvent event(long sequence, String code, Status status, LocalDate on) {
    return ProgressEvent.of(sequence, new ProgressChange(code, status, on, "", ""),
        Instant.parse("2024-01-01T00:00:00Z"));
  }
}
