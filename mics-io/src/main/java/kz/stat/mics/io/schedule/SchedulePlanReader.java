package kz.stat.mics.io.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.internal.Problems;
import net.sf.mpxj.FieldType;
import net.sf.mpxj.FieldTypeClass;
import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.reader.UniversalProjectReader;

/**
 * Reads a plan from any schedule that MPXJ reads (MS Project MPP and MSPDI, Primavera XER and PMXML,
 * GanttProject, Planner, ProjectLibre and others): each top-level summary task a section, each task
 * under it an activity whose start and finish are its window (or, when it has child tasks, one window
 * per child), and the resources assigned to it its executors. What has no place in a plan is skipped
 * with a notice; a schedule that holds no section at all is refused.
 */
public final class SchedulePlanReader implements PlanReader {
  private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,4}");

  private final DocumentLimits limits;

  public SchedulePlanReader() {
    this(DocumentLimits.defaults());
  }

  public SchedulePlanReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  @Override
  public ActionPlan read(String source, InputStream in) {
    return readDocument(source, in).plan();
  }

  @Override
  public PlanDocument.Plan readDocument(String source, InputStream in) {
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    if (bytes.length == 0) {
      throw new PlanDocumentException(DocumentProblem.of(source, "is empty"));
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4) {
      // MPXJ would unpack an archive to look inside it, beyond the limits mics holds files to
      throw new PlanDocumentException(DocumentProblem.of(source, "is a zip archive, not a "
          + "schedule: unpack the schedule from it and import that"));
    }
    ProjectFile file;
    try {
      file = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
    } catch (MPXJException | RuntimeException | StackOverflowError e) {
      throw new PlanDocumentException(DocumentProblem.of(source,
          "is not a schedule that can be read: " + reason(e)));
    }
    if (file == null) {
      throw new PlanDocumentException(DocumentProblem.of(source, "is not a schedule of any "
          + "format mics reads (MS Project MPP or XML, Primavera XER or PMXML, GanttProject, "
          + "Planner, ProjectLibre and others)"));
    }
    try {
      return new Mapping(source, file).plan();
    } catch (RuntimeException e) {
      if (e instanceof PlanDocumentException p) {
        throw p;
      }
      throw new PlanDocumentException(DocumentProblem.of(source,
          "is a schedule whose tasks cannot be read: " + reason(e)));
    }
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse("").strip();
  }

  /** One schedule turned into a plan, with what was skipped. */
  private final class Mapping {
    private final String source;
    private final ProjectFile file;
    private final Problems problems;
    private final Optional<FieldType> completionForm;
    private final Optional<FieldType> financing;
    private final Optional<FieldType> deadlineText;
    private final Optional<FieldType> lead;
    private final Optional<FieldType> tentative;
    private final Optional<FieldType> durationDays;
    private final Optional<FieldType> fullName;

    Mapping(String source, ProjectFile file) {
      this.source = source;
      this.file = file;
      this.problems = new Problems(source);
      this.completionForm = field(FieldTypeClass.TASK, ScheduleFields.COMPLETION_FORM_ALIAS);
      this.financing = field(FieldTypeClass.TASK, ScheduleFields.FINANCING_ALIAS);
      this.deadlineText = field(FieldTypeClass.TASK, ScheduleFields.DEADLINE_TEXT_ALIAS);
      this.lead = field(FieldTypeClass.TASK, ScheduleFields.LEAD_ALIAS);
      this.tentative = field(FieldTypeClass.TASK, ScheduleFields.TENTATIVE_ALIAS);
      this.durationDays = field(FieldTypeClass.TASK, ScheduleFields.DURATION_DAYS_ALIAS);
      this.fullName = field(FieldTypeClass.RESOURCE, ScheduleFields.FULL_NAME_ALIAS);
    }

    private Optional<FieldType> field(FieldTypeClass type, String alias) {
      return Optional.ofNullable(file.getCustomFields().getFieldTypeByAlias(type, alias));
    }

    PlanDocument.Plan plan() {
      List<Task> roots = file.getChildTasks();
      // a project summary task (ID 0) holds the whole schedule
      while (roots.size() == 1 && roots.get(0).hasChildTasks()
          && Objects.equals(roots.get(0).getID(), 0)) {
        roots = roots.get(0).getChildTasks();
      }
      List<Section> sections = new ArrayList<>();
      for (Task root : roots) {
        if (!root.hasChildTasks()) {
          problems.skip(describe(root) + ": not under a summary task, so in no section; skipped");
          continue;
        }
        String number = Optional.ofNullable(root.getWBS()).map(String::strip)
            .filter(w -> SECTION_NUMBER.matcher(w).matches())
            .filter(w -> sections.stream().noneMatch(s -> s.number().equals(w)))
            .orElse(String.valueOf(sections.size() + 1));
        List<Activity> activities = new ArrayList<>();
        for (Task child : root.getChildTasks()) {
          activities.add(activity(number, activities, child));
        }
        sections.add(Section.of(number, text(root.getName()), activities));
      }
      if (sections.isEmpty()) {
        throw new PlanDocumentException(DocumentProblem.of(source, "has no summary task with "
            + "tasks under it, so no section of a plan"));
      }
      // MPXJ gives a schedule without a title its own placeholder, "Project1"
      String title = Optional.ofNullable(file.getProjectProperties().getProjectTitle())
          .filter(t -> !t.isBlank() && !t.equals("Project1"))
          .or(() -> Optional.ofNullable(file.getProjectProperties().getName()))
          .filter(t -> !t.isBlank())
          .orElse(sections.get(0).title());
      String keywords = file.getProjectProperties().getKeywords();
      Language language = ScheduleFields.language(keywords).orElseGet(() ->
          ScheduleFields.guessLanguage(title + " " + sections.stream()
              .flatMap(s -> s.activities().stream()).map(Activity::title)
              .reduce("", (a, b) -> a + " " + b)));
      YearRange period = ScheduleFields.period(keywords).orElseGet(() -> years(sections));
      ActionPlan plan = ActionPlan.of(title, language, period, sections, directory());
      if (!file.getRelations().isEmpty()) {
        problems.skip(file.getRelations().size() + " task links (predecessors) are not part of "
            + "a plan; skipped (validate --precedence A:B checks an order)");
      }
      problems.throwIfAny();
      return PlanDocument.Plan.of(plan, problems.skipped());
    }

    private Activity activity(String section, List<Activity> before, Task task) {
      String wbs = Optional.ofNullable(task.getWBS()).map(String::strip).orElse("");
      String code = wbs.matches(Pattern.quote(section) + "\\.\\d{1,4}")
          && before.stream().noneMatch(a -> a.code().equals(wbs))
          ? wbs : section + "." + (before.size() + 1);
      List<Window> windows = new ArrayList<>();
      if (task.hasChildTasks()) {
        for (Task part : task.getChildTasks()) {
          if (part.hasChildTasks()) {
            problems.skip(describe(part) + ": tasks under it are deeper than a window of "
                + "activity " + code + "; skipped");
          }
          window(part).ifPresent(windows::add);
        }
      } else {
        window(task).ifPresent(windows::add);
      }
      windows.sort(java.util.Comparator.comparing(w -> w.from().orElseThrow()));
      String text = deadlineText.map(f -> text(task.get(f))).filter(t -> !t.isBlank())
          .orElseGet(() -> SchedulePlanReader.describe(windows));
      Deadline deadline = Deadline.of(text, windows);
      if (tentative.map(f -> Boolean.TRUE.equals(task.get(f))).orElse(false)) {
        deadline = deadline.withTentative(true);
      }
      OptionalInt days = durationDays.map(f -> task.get(f)).filter(Number.class::isInstance)
          .map(n -> ((Number) n).intValue()).filter(n -> n > 0)
          .map(OptionalInt::of).orElse(OptionalInt.empty());
      if (days.isPresent()) {
        deadline = deadline.withDurationDays(days.getAsInt());
      }
      List<String> responsible = new ArrayList<>();
      for (ResourceAssignment assignment : task.getResourceAssignments()) {
        Resource r = assignment.getResource();
        String name = r == null ? "" : text(r.getName());
        if (name.isBlank()) {
          problems.skip(describe(task) + ": an assignment of a resource without a name; skipped");
        } else if (!responsible.contains(name)) {
          responsible.add(name);
        }
      }
      lead.map(f -> text(task.get(f))).filter(responsible::contains).ifPresent(l -> {
        responsible.remove(l);
        responsible.add(0, l);
      });
      Number percent = task.getPercentageComplete();
      if (percent != null && percent.doubleValue() > 0) {
        problems.skip(describe(task) + ": " + percent.intValue() + "% complete is not read into "
            + "the plan; record progress with 'mics progress'");
      }
      return Activity.of(code, text(task.getName()), responsible, deadline,
          completionForm.map(f -> text(task.get(f))).orElse(""),
          Financing.of(financing.map(f -> text(task.get(f))).orElse("")));
    }

    private Optional<Window> window(Task task) {
      LocalDateTime start = task.getStart();
      LocalDateTime finish = task.getFinish();
      if (start == null && finish == null) {
        problems.skip(describe(task) + ": no start and no finish; its deadline is unresolved");
        return Optional.empty();
      }
      LocalDate from = (start == null ? finish : start).toLocalDate();
      LocalDate to = (finish == null ? start : finish).toLocalDate();
      if (to.isBefore(from)) {
        problems.add(describe(task) + ": finishes (" + to + ") before it starts (" + from + ")");
        return Optional.empty();
      }
      if (!YearRange.isValidYear(from.getYear()) || !YearRange.isValidYear(to.getYear())) {
        problems.add(describe(task) + ": dates out of range: " + from + ".." + to);
        return Optional.empty();
      }
      return Optional.of(Window.of(from, to));
    }

    private ExecutorDirectory directory() {
      Map<String, Executor> entries = new LinkedHashMap<>();
      if (fullName.isEmpty()) {
        return ExecutorDirectory.empty();
      }
      for (Resource r : file.getResources()) {
        String name = text(r.getName());
        String full = text(r.get(fullName.get()));
        if (!name.isBlank() && !full.isBlank()) {
          entries.putIfAbsent(name, Executor.of(name, full));
        }
      }
      return ExecutorDirectory.of(List.copyOf(entries.values()));
    }

    private String text(Object value) {
      String t = value == null ? "" : value.toString().strip();
      String problem = limits.cellProblem(t);
      if (problem != null) {
        problems.add(problem);
        return "";
      }
      return t;
    }

    private String describe(Task task) {
      return "task " + (task.getID() == null ? "?" : task.getID()) + " '"
          + (task.getName() == null ? "" : task.getName().strip()) + "'";
    }
  }

  /** A deadline text for windows read from dates: "2024-03-01 – 2024-04-15", comma-separated. */
  static String describe(List<Window> windows) {
    return windows.stream().map(w -> w.from().orElseThrow().equals(w.to().orElseThrow())
            ? w.from().get().toString() : w.from().get() + " – " + w.to().get())
        .reduce((a, b) -> a + ", " + b).orElse("");
  }

  private static YearRange years(List<Section> sections) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Section s : sections) {
      for (Activity a : s.activities()) {
        for (Window w : a.deadline().windows()) {
          first = Math.min(first, w.from().orElseThrow().getYear());
          last = Math.max(last, w.to().orElseThrow().getYear());
        }
      }
    }
    if (first == Integer.MAX_VALUE) {
      int year = LocalDate.now().getYear();
      return YearRange.single(year);
    }
    return YearRange.of(first, last);
  }
}
