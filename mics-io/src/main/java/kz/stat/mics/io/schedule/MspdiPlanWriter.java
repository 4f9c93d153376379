package kz.stat.mics.io.schedule;

import static kz.stat.mics.io.schedule.ScheduleFields.COMPLETION_FORM;
import static kz.stat.mics.io.schedule.ScheduleFields.DEADLINE_TEXT;
import static kz.stat.mics.io.schedule.ScheduleFields.DURATION_DAYS;
import static kz.stat.mics.io.schedule.ScheduleFields.FINANCING;
import static kz.stat.mics.io.schedule.ScheduleFields.FULL_NAME;
import static kz.stat.mics.io.schedule.ScheduleFields.LEAD;
import static kz.stat.mics.io.schedule.ScheduleFields.TENTATIVE;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.progress.ActivityProgress;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.io.internal.Standing;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.TaskMode;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a plan as MS Project XML (MSPDI) through MPXJ: sections as summary tasks, activities as
 * manually scheduled tasks (an activity of several windows as a summary task with one child task per
 * window), executors as resources assigned to their activities, the rest of each activity in custom
 * fields with aliases, and progress as percent complete and actual dates.
 */
public final class MspdiPlanWriter implements PlanWriter {
  static final LocalTime DAY_START = LocalTime.of(8, 0);
  static final LocalTime DAY_FINISH = LocalTime.of(17, 0);

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    write(ExportedPlan.of(plan), out);
  }

  @Override
  public void write(ExportedPlan export, OutputStream out) throws IOException {
    new MSPDIWriter().write(project(export), out);
  }

  /** The plan as an MPXJ project. */
  static ProjectFile project(ExportedPlan export) {
    ActionPlan plan = export.plan();
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    file.setDefaultCalendar(calendar);
    ProjectProperties properties = file.getProjectProperties();
    properties.setProjectTitle(plan.title());
    properties.setName(plan.title());
    properties.setKeywords(ScheduleFields.keywords(plan.language(), plan.period()));
    properties.setAuthor("mics");
    plan.activities().stream().flatMap(a -> a.deadline().start().stream()).min(LocalDate::compareTo)
        .ifPresent(d -> properties.setStartDate(d.atTime(DAY_START)));
    var fields = file.getCustomFields();
    fields.getOrCreate(COMPLETION_FORM).setAlias(ScheduleFields.COMPLETION_FORM_ALIAS);
    fields.getOrCreate(FINANCING).setAlias(ScheduleFields.FINANCING_ALIAS);
    fields.getOrCreate(DEADLINE_TEXT).setAlias(ScheduleFields.DEADLINE_TEXT_ALIAS);
    fields.getOrCreate(LEAD).setAlias(ScheduleFields.LEAD_ALIAS);
    fields.getOrCreate(TENTATIVE).setAlias(ScheduleFields.TENTATIVE_ALIAS);
    fields.getOrCreate(DURATION_DAYS).setAlias(ScheduleFields.DURATION_DAYS_ALIAS);
    fields.getOrCreate(FULL_NAME).setAlias(ScheduleFields.FULL_NAME_ALIAS);

    // the directory first, in its order, so that it reads back whole; then written-out executors
    Map<String, Resource> resources = new LinkedHashMap<>();
    plan.executors().entries().forEach(e -> resources.computeIfAbsent(e.code(), code -> {
      Resource r = file.addResource();
      r.setName(code);
      r.setInitials(code);
      r.set(FULL_NAME, e.name());
      return r;
    }));
    for (Activity a : plan.activities()) {
      for (String name : a.responsible()) {
        resources.computeIfAbsent(name, n -> {
          Resource r = file.addResource();
          r.setName(n);
          return r;
        });
      }
    }
    for (Section s : plan.sections()) {
      Task section = file.addTask();
      section.setName(s.title());
      section.setWBS(s.number());
      section.setSummary(true);
      LocalDate first = null;
      LocalDate last = null;
      for (Activity a : s.activities()) {
        Task task = section.addTask();
        activity(export, calendar, resources, a, task);
        if (task.getStart() != null) {
          LocalDate start = task.getStart().toLocalDate();
          LocalDate finish = task.getFinish().toLocalDate();
          first = first == null || start.isBefore(first) ? start : first;
          last = last == null || finish.isAfter(last) ? finish : last;
        }
      }
      if (first != null) {
        dates(calendar, section, first, last);
      }
    }
    file.getTasks().synchronizeTaskIDToHierarchy();
    return file;
  }

  private static void activity(ExportedPlan export, ProjectCalendar calendar,
      Map<String, Resource> resources, Activity a, Task task) {
    task.setName(a.title());
    task.setWBS(a.code());
    task.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
    task.set(COMPLETION_FORM, a.completionForm());
    task.set(FINANCING, a.financing().text());
    task.set(DEADLINE_TEXT, a.deadline().text());
    a.lead().ifPresent(lead -> task.set(LEAD, lead));
    task.set(TENTATIVE, a.deadline().tentative());
    a.deadline().durationDays().ifPresent(d -> task.set(DURATION_DAYS, d));
    for (String name : a.responsible()) {
      task.addResourceAssignment(resources.get(name));
    }
    List<Window> windows = a.deadline().windows();
    if (windows.size() == 1) {
      span(windows.get(0)).ifPresent(d -> dates(calendar, task, d[0], d[1]));
    } else if (windows.size() > 1) {
      task.setSummary(true);
      int n = 0;
      for (Window w : windows) {
        n++;
        Task part = task.addTask();
        part.setName(a.title());
        part.setWBS(a.code() + "." + n);
        part.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        span(w).ifPresent(d -> dates(calendar, part, d[0], d[1]));
      }
      a.deadline().start().ifPresent(start -> a.deadline().due().ifPresent(
          due -> dates(calendar, task, start, due)));
    }
    ActivityProgress progress = Standing.of(export, a.code());
    task.setPercentageComplete(switch (progress.status()) {
      case DONE -> 100;
      case IN_PROGRESS -> 50;
      case PLANNED, CANCELLED -> 0;
    });
    progress.actualStart().ifPresent(d -> task.setActualStart(d.atTime(DAY_START)));
    progress.actualFinish().ifPresent(d -> task.setActualFinish(d.atTime(DAY_FINISH)));
    if (progress.status() == Status.CANCELLED) {
      task.setActive(false);
    }
  }

  /** The first and last day of a window; a window open on one side is that one day. */
  private static Optional<LocalDate[]> span(Window w) {
    LocalDate from = w.from().or(w::to).orElseThrow();
    LocalDate to = w.to().orElse(from);
    return Optional.of(new LocalDate[] {from, to});
  }

  private static void dates(ProjectCalendar calendar, Task task, LocalDate from, LocalDate to) {
    LocalDateTime start = from.atTime(DAY_START);
    LocalDateTime finish = to.atTime(DAY_FINISH);
    task.setStart(start);
    task.setFinish(finish);
    Duration work = calendar.getWork(start, finish, TimeUnit.DAYS);
    task.setDuration(work);
  }
}
