package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mpx.MPXWriter;
import net.sf.mpxj.planner.PlannerWriter;
import net.sf.mpxj.reader.UniversalProjectReader;
import net.sf.mpxj.writer.ProjectWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendars and project tools end to end on the embedded PostgreSQL (or the server in
 * MICS_TEST_DB_URL): what `export --to ics|mspdi` writes from the store, and schedules of other
 * tools through `import`, `convert` and `validate`.
 */
class SchedulingCommandsIT {
  @TempDir
  static Path store;

  @TempDir
  Path dir;

  String plan;

  private static final String RUN = "sched-" + Long.toString(System.nanoTime(), 36);
  private static final AtomicInteger TESTS = new AtomicInteger();

  @BeforeEach
  void aPlanKeyOfItsOwn() {
    plan = RUN + "-" + TESTS.incrementAndGet();
  }

  static Run mics(String... command) {
    return Run.of(StoreCommandsIT.args(store.resolve("store"), command));
  }

  static Run ok(String... command) {
    Run run = mics(command);
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }

  private static Calendar calendar(Path file) throws Exception {
    return new CalendarBuilder().build(Files.newInputStream(file));
  }

  /** UID to SEQUENCE of every to-do and event, in file order. */
  private static Map<String, String> sequences(Calendar calendar) {
    Map<String, String> all = new LinkedHashMap<>();
    for (Component c : calendar.getComponents()) {
      all.put(c.getProperty(Property.UID).orElseThrow().getValue(),
          c.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
    return all;
  }

  /** The seed with 13.4 due in January 2025 instead of December 2024. */
  private Path editedSeed() throws IOException {
    Path edited = dir.resolve("edited.txt");
    String text = Files.readString(DocumentCommandsTest.SEED, StandardCharsets.UTF_8);
    assertThat(text).containsOnlyOnce("\tЖелтоқсан 2024\n");
    Files.writeString(edited, text.replace("\tЖелтоқсан 2024\n", "\tҚаңтар 2025\n"),
        StandardCharsets.UTF_8);
    return edited;
  }

  @Test
  void aSecondCalendarAfterADeadlineChangeKeepsEveryUidAndRaisesOnlyThatSequence()
      throws Exception {
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    Path first = dir.resolve("first.ics");
    ok("export", plan, "--to", "ics", "-o", first.toString());
    ok("import", editedSeed().toString(), "--plan", plan);
    Path second = dir.resolve("second.ics");
    ok("export", plan, "--to", "ics", "-o", second.toString());

    Map<String, String> before = sequences(calendar(first));
    Map<String, String> after = sequences(calendar(second));
    // 47 to-dos and 49 events (10.1 and 10.3 have two windows)
    assertThat(before).hasSize(96);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    assertThat(before.values()).containsOnly("0");
    Map<String, String> raised = new LinkedHashMap<>(after);
    raised.values().removeIf("0"::equals);
    assertThat(raised).containsExactly(Map.entry(plan + "/13.4", "1"),
        Map.entry(plan + "/13.4/1", "1"));
    Component due = calendar(second).getComponents(Component.VTODO).stream()
        .filter(c -> c.getProperty(Property.UID).orElseThrow().getValue().equals(plan + "/13.4"))
        .findFirst().orElseThrow();
    assertThat(due.getProperty(Property.DUE).orElseThrow().getValue()).isEqualTo("20250131");
  }

  @Test
  void theCalendarShowsRecordedProgressAndOneExecutorsOwn() throws Exception {
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    ok("progress", plan, "9.3", "--status", "in-progress", "--on", "2023-07-10");
    Path file = dir.resolve("zd.ics");
    ok("export", plan, "--to", "ics", "--executor", "ЗД", "-o", file.toString());
    List<net.fortuna.ical4j.model.component.VToDo> todos =
        calendar(file).getComponents(Component.VTODO);
    assertThat(todos).hasSize(1);
    assertThat(todos.get(0).getProperty(Property.STATUS).orElseThrow().getValue())
        .isEqualTo("IN-PROCESS");
    assertThat(todos.get(0).getProperty(Property.CATEGORIES).orElseThrow().getValue())
        .isEqualTo("ХСД,ӘДДБСД,АТД,ЗД");
  }

  @Test
  void anUnknownExecutorIsRefusedInOneLine() {
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    Run run = mics("export", plan, "--to", "ics", "--executor", "ЖОҚ");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("--executor ЖОҚ: no activity of the plan has this executor; "
        + "its executors: ҚР СЖРА ҰСБ, ЮНИСЕФ, ХСД").endsWith("\n");
    assertThat(run.err().lines()).hasSize(1);
    Run misplaced = mics("export", plan, "--to", "csv", "--executor", "ХСД");
    assertThat(misplaced.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void mspdiReadsBackThroughMpxjWithTheSameTasksAndDates() throws Exception {
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    ok("progress", plan, "1.1", "--status", "done", "--on", "2023-02-20");
    Path file = dir.resolve("plan.xml");
    ok("export", plan, "--to", "mspdi", "-o", file.toString());
    ProjectFile project = new UniversalProjectReader().read(file.toFile());
    List<Task> sections = project.getChildTasks();
    while (sections.size() == 1 && Objects.equals(sections.get(0).getID(), 0)) {
      sections = sections.get(0).getChildTasks();
    }
    assertThat(sections).hasSize(15);
    List<Task> tasks = sections.stream().flatMap(s -> s.getChildTasks().stream()).toList();
    assertThat(tasks).hasSize(47);
    Task first = tasks.get(0);
    assertThat(first.getWBS() + " " + first.getStart().toLocalDate() + ".."
        + first.getFinish().toLocalDate() + " " + first.getPercentageComplete().intValue() + "%")
        .isEqualTo("1.1 2023-02-01..2023-02-28 100%");
    assertThat(first.getActualFinish().toLocalDate()).isEqualTo(LocalDate.of(2023, 2, 20));
    assertThat(project.getResources().stream().map(Resource::getName).filter(Objects::nonNull))
        .hasSize(15);
    // and mics reads its own export back as the same plan: importing it stores nothing new
    assertThat(ok("import", file.toString(), "--plan", plan).out())
        .isEqualTo(file + ": unchanged, plan " + plan + " stays at revision 1\n");
  }

  /** Two phases of a pilot survey, written by MPXJ as another tool would. */
  private Path pilot(ProjectWriter writer, String name) throws IOException {
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    file.setDefaultCalendar(calendar);
    file.getProjectProperties().setProjectTitle("Pilot survey");
    file.getProjectProperties().setName("Pilot survey");
    Resource statistics = file.addResource();
    // MPX is an ANSI format: its writer keeps Latin letters only
    statistics.setName("Population Statistics");
    Task preparation = file.addTask();
    preparation.setName("Preparation");
    Task draft = preparation.addTask();
    draft.setName("Draft the questionnaire");
    draft.setStart(LocalDate.of(2024, 3, 4).atTime(8, 0));
    draft.setFinish(LocalDate.of(2024, 3, 15).atTime(17, 0));
    draft.setDuration(calendar.getWork(draft.getStart(), draft.getFinish(), TimeUnit.DAYS));
    draft.addResourceAssignment(statistics);
    preparation.setStart(draft.getStart());
    preparation.setFinish(draft.getFinish());
    preparation.setDuration(draft.getDuration());
    preparation.setSummary(true);
    file.getTasks().synchronizeTaskIDToHierarchy();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(file, out);
    Path path = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(path)) {
      out.writeTo(os);
    }
    return path;
  }

  @Test
  void schedulesOfOtherToolsAreImportedConvertedAndValidated() throws Exception {
    Path mpx = pilot(new MPXWriter(), "pilot.mpx");
    assertThat(ok("import", mpx.toString(), "--plan", plan).out())
        .isEqualTo(mpx + ": stored as plan " + plan + ", revision 1\n");
    String json = ok("show", plan, "--json").out();
    assertThat(json).contains("\"Draft the questionnaire\"", "\"2024-03-04\"",
        "\"Population Statistics\"");
    // a Planner file with no telling extension is recognised by its content
    Path planner = pilot(new PlannerWriter(), "pilot-upload");
    String converted = ok("convert", planner.toString(), "--to", "json").out();
    assertThat(converted).contains("\"title\": \"Pilot survey\"", "\"code\": \"1.1\"",
        "\"responsible\": [ \"Population Statistics\" ]");
    Run validate = mics("validate", planner.toString());
    // its resource is in no directory: the finding any plan gets for an executor no one knows
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).isEqualTo("WARNING: 1.1: responsible executor \"Population "
        + "Statistics\" is neither in the plan's list of abbreviations nor a known executor\n"
        + planner + ": 1 activity, 0 errors, 1 finding\n");
  }

  @Test
  void aBrokenScheduleIsOneLineNamingTheFileWithoutAStackTrace() throws Exception {
    Path broken = dir.resolve("broken.mpp");
    Files.write(broken, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
    Run run = mics("import", broken.toString(), "--plan", plan);
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith(broken + ": ").doesNotContain("Exception", "\tat ");
    Run convert = mics("convert", broken.toString(), "--to", "json");
    assertThat(convert.code()).isEqualTo(ExitCodes.DATA);
    assertThat(convert.err()).isEqualTo(run.err());
  }

  @Test
  void theSeedConvertsToACalendarWithoutAStore() throws Exception {
    Run run = Run.of("convert", DocumentCommandsTest.SEED.toString(), "--to", "ics");
    assertThat(run.code()).as(run.err()).isZero();
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
        run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(calendar.getComponents(Component.VTODO)).hasSize(47);
  }
}
