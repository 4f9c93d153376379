package kz.stat.mics.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.DocumentFormat;
import kz.stat.mics.io.Documents;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mpx.MPXWriter;
import net.sf.mpxj.planner.PlannerWriter;
import net.sf.mpxj.writer.ProjectWriter;
import org.junit.jupiter.api.Test;

/** Schedules that MPXJ writes in other tools' formats come in as the plans they describe. */
class ForeignSchedulesTest {

  /** Two phases of a pilot survey, as a project office would plan them. */
  private static ProjectFile pilot() {
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    file.setDefaultCalendar(calendar);
    file.getProjectProperties().setProjectTitle("Pilot survey");
    file.getProjectProperties().setName("Pilot survey");
    Resource statistics = file.addResource();
    statistics.setName("Population Statistics");
    Resource it = file.addResource();
    it.setName("IT Department");
    Task preparation = file.addTask();
    preparation.setName("Preparation");
    Task draft = preparation.addTask();
    draft.setName("Draft the questionnaire");
    dates(calendar, draft, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 15));
    draft.addResourceAssignment(statistics);
    draft.addResourceAssignment(it);
    Task app = preparation.addTask();
    app.setName("Build the CAPI application");
    dates(calendar, app, LocalDate.of(2024, 3, 18), LocalDate.of(2024, 4, 12));
    app.addResourceAssignment(it);
    dates(calendar, preparation, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 12));
    preparation.setSummary(true);
    Task fieldwork = file.addTask();
    fieldwork.setName("Fieldwork");
    Task interviews = fieldwork.addTask();
    interviews.setName("Interview the households");
    dates(calendar, interviews, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 29));
    interviews.addResourceAssignment(statistics);
    dates(calendar, fieldwork, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 29));
    fieldwork.setSummary(true);
    file.getTasks().synchronizeTaskIDToHierarchy();
    return file;
  }

  private static void dates(ProjectCalendar calendar, Task task, LocalDate from, LocalDate to) {
    LocalDateTime start = from.atTime(8, 0);
    LocalDateTime finish = to.atTime(17, 0);
    task.setStart(start);
    task.setFinish(finish);
    task.setDuration(calendar.getWork(start, finish, TimeUnit.DAYS));
  }

  private static ActionPlan expected() {
    return ActionPlan.of("Pilot survey", Language.EN, YearRange.single(2024), List.of(
        Section.of("1", "Preparation", List.of(
            activity("1.1", "Draft the questionnaire",
                List.of("Population Statistics", "IT Department"),
                Deadline.of("2024-03-04 – 2024-03-15",
                    List.of(Window.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 15))))),
            activity("1.2", "Build the CAPI application", List.of("IT Department"),
                Deadline.of("2024-03-18 – 2024-04-12",
                    List.of(Window.of(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 4, 12))))))),
        Section.of("2", "Fieldwork", List.of(
            activity("2.1", "Interview the households", List.of("Population Statistics"),
                Deadline.of("2024-09-02 – 2024-11-29",
                    List.of(Window.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 29)))))))),
        ExecutorDirectory.empty());
  }

  private static Activity activity(String code, String title, List<String> responsible,
      Deadline deadline) {
    return Activity.of(code, title, responsible, deadline, "", Financing.of(""));
  }

  private static byte[] written(ProjectWriter writer) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(pilot(), out);
    return out.toByteArray();
  }

  private static PlanDocument read(String name, byte[] bytes) {
    return new Documents().read(DocumentSource.of(name, () -> new ByteArrayInputStream(bytes)));
  }

  @Test
  void anMpxFileComesInAsThePlanItDescribes() throws Exception {
    byte[] bytes = written(new MPXWriter());
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).startsWith("MPX,");
    assertThat(((PlanDocument.Plan) read("pilot.mpx", bytes)).plan()).isEqualTo(expected());
    // recognised from its content too
    assertThat(DocumentFormat.guess("upload", bytes)).contains(DocumentFormat.MSPDI);
    assertThat(((PlanDocument.Plan) read("upload", bytes)).plan()).isEqualTo(expected());
  }

  @Test
  void aPlannerFileComesInAsThePlanItDescribes() throws Exception {
    byte[] bytes = written(new PlannerWriter());
    assertThat(((PlanDocument.Plan) read("pilot.planner", bytes)).plan()).isEqualTo(expected());
    assertThat(DocumentFormat.guess("upload", bytes)).contains(DocumentFormat.MSPDI);
    assertThat(((PlanDocument.Plan) read("upload", bytes)).plan()).isEqualTo(expected());
  }

  @Test
  void aTaskOutsideEverySummaryTaskIsSkippedWithANotice() throws Exception {
    ProjectFile file = pilot();
    Task loose = file.addTask();
    loose.setName("Celebrate");
    loose.setStart(LocalDate.of(2024, 12, 2).atTime(8, 0));
    loose.setFinish(LocalDate.of(2024, 12, 2).atTime(17, 0));
    loose.setDuration(Duration.getInstance(1, TimeUnit.DAYS));
    file.getTasks().synchronizeTaskIDToHierarchy();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MPXWriter().write(file, out);
    PlanDocument.Plan read = (PlanDocument.Plan) read("pilot.mpx", out.toByteArray());
    assertThat(read.plan()).isEqualTo(expected());
    assertThat(read.skipped()).extracting(Object::toString).containsExactly(
        "pilot.mpx: task 6 'Celebrate': not under a summary task, so in no section; skipped");
  }

  @Test
  void aCalendarIsRefusedAsAPlanInOneLine() {
    byte[] bytes = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(DocumentFormat.guess("upload", bytes)).contains(DocumentFormat.ICS);
    assertThatThrownBy(() -> read("team.ics", bytes)).isInstanceOf(PlanDocumentException.class)
        .hasMessage("team.ics: is an iCalendar file, which mics writes for calendars but does "
            + "not read as a plan: import the plan document instead");
  }

  @Test
  void anArchiveIsNotUnpackedButRefused() {
    byte[] bytes = {'P', 'K', 3, 4, 20, 0, 0, 0};
    assertThatThrownBy(() -> read("project.mpp", bytes)).isInstanceOf(PlanDocumentException.class)
        .hasMessage("project.mpp: is a zip archive, not a schedule: unpack the schedule from it "
            + "and import that");
  }

  @Test
  void anUnreadableScheduleIsRefusedInOneLineNamingTheFile() {
    byte[] bytes = "MPX,garbage\r\nnothing of a schedule".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read("broken.mpp", bytes)).isInstanceOf(PlanDocumentException.class)
        .hasMessageStartingWith("broken.mpp: ")
        .hasMessageNotContaining("\n");
  }
}
