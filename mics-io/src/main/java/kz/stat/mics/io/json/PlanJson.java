package kz.stat.mics.io.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Recurrence;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * The mics-plan JSON object, version 1, as records that Jackson binds field for field (their
 * components in the order they are written), and the mapping between them and an
 * {@link ActionPlan}. Values that Jackson cannot check (dates, names of constants, the rules of the
 * domain) are checked here, every problem noted with its path.
 */
final class PlanJson {
  static final String FORMAT = "mics-plan";
  static final int VERSION = 1;

  private PlanJson() {}

  /** The two fields that say what a document is, read before the rest so that they speak first. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Header(String format, Long version) {}

  record PlanObject(String format, Long version, String title, String language,
      PeriodObject period, List<ExecutorObject> executors, List<SectionObject> sections,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PrecedenceObject> precedences) {}

  record PeriodObject(String from, String to) {}

  record ExecutorObject(String code, String name) {}

  record SectionObject(String number, String title, List<ActivityObject> activities) {}

  record ActivityObject(String code, String title, List<String> responsible,
      DeadlineObject deadline, String completionForm, String financing, String financingText) {}

  record DeadlineObject(String text, List<WindowObject> windows, Long durationDays,
      Boolean tentative, String recurrence) {}

  record WindowObject(String from, String to) {}

  record PrecedenceObject(String before, String after) {}

  /** The JSON object of a plan. */
  static PlanObject of(ActionPlan plan) {
    List<ExecutorObject> executors = new ArrayList<>();
    for (Executor e : plan.executors().entries()) {
      executors.add(new ExecutorObject(e.code(), e.name()));
    }
    List<SectionObject> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      List<ActivityObject> activities = new ArrayList<>();
      for (Activity a : s.activities()) {
        activities.add(new ActivityObject(a.code(), a.title(), a.responsible(),
            of(a.deadline()), a.completionForm(), a.financing().source().name(),
            a.financing().text()));
      }
      sections.add(new SectionObject(s.number(), s.title(), activities));
    }
    List<PrecedenceObject> precedences = new ArrayList<>();
    for (Precedence p : plan.precedences()) {
      precedences.add(new PrecedenceObject(p.before(), p.after()));
    }
    return new PlanObject(FORMAT, (long) VERSION, plan.title(), plan.language().code(),
        new PeriodObject(plan.period().from().toString(), plan.period().to().toString()),
        executors, sections, precedences);
  }

  /** The JSON object of a deadline. */
  static DeadlineObject of(Deadline d) {
    List<WindowObject> windows = new ArrayList<>();
    for (Window w : d.windows()) {
      windows.add(new WindowObject(w.from().map(LocalDate::toString).orElse(null),
          w.to().map(LocalDate::toString).orElse(null)));
    }
    return new DeadlineObject(d.text(), windows, d.durationDays().isPresent()
        ? Long.valueOf(d.durationDays().getAsInt()) : null, d.tentative(),
        d.recurrence().map(Enum::name).orElse(null));
  }

  /**
   * Whether a document (or a plan inside one, at {@code path}) is of the expected format and
   * version; when it is not, notes that as its only problem. An absent field is left to the
   * reading of the whole object.
   */
  static boolean isKnown(String format, Long version, String path, String expectedFormat,
      JsonProblems problems) {
    String formatPath = JsonProblems.path(path, "format");
    if (format != null && !format.equals(expectedFormat)) {
      problems.add(formatPath, formatPath + ": this is a \"" + format + "\" document, not a "
          + expectedFormat + " document");
      return false;
    }
    String versionPath = JsonProblems.path(path, "version");
    if (version != null && version != VERSION) {
      problems.add(versionPath, versionPath + ": version " + version + " of " + expectedFormat
          + " is not known; this program reads version " + VERSION);
      return false;
    }
    return true;
  }

  /** The plan of a bound object at {@code path}; empty when it has problems, noted in {@code f}. */
  static Optional<ActionPlan> plan(PlanObject o, String path, JsonProblems f) {
    f.text(o.format(), JsonProblems.path(path, "format"));
    f.number(o.version(), JsonProblems.path(path, "version"));
    if (!isKnown(o.format(), o.version(), path, FORMAT, f)) {
      return Optional.empty();
    }
    boolean ok = true;
    Optional<String> title = f.text(o.title(), JsonProblems.path(path, "title"));
    String languagePath = JsonProblems.path(path, "language");
    Optional<Language> language = f.text(o.language(), languagePath).flatMap(code -> {
      Optional<Language> l = Language.ofCode(code);
      if (l.isEmpty() || !l.get().code().equals(code)) {
        f.add(languagePath, languagePath + ": \"" + code + "\" is not one of kk, ru, en");
        return Optional.empty();
      }
      return l;
    });
    Optional<YearRange> period = period(o.period(), JsonProblems.path(path, "period"), f);
    String executorsPath = JsonProblems.path(path, "executors");
    List<Executor> executors = new ArrayList<>();
    List<ExecutorObject> executorObjects = f.list(o.executors(), executorsPath);
    for (int i = 0; i < executorObjects.size(); i++) {
      String p = JsonProblems.item(executorsPath, i);
      ExecutorObject e = executorObjects.get(i);
      if (!f.object(e, p)) {
        ok = false;
        continue;
      }
      Optional<String> code = f.text(e.code(), JsonProblems.path(p, "code"));
      Optional<String> name = f.text(e.name(), JsonProblems.path(p, "name"));
      if (code.isEmpty() || name.isEmpty()) {
        ok = false;
        continue;
      }
      try {
        executors.add(Executor.of(code.get(), name.get()));
      } catch (IllegalArgumentException ex) {
        f.add(p, p + ": " + ex.getMessage());
        ok = false;
      }
    }
    ExecutorDirectory directory = null;
    try {
      directory = ExecutorDirectory.of(executors);
    } catch (IllegalArgumentException ex) {
      f.add(executorsPath, executorsPath + ": " + ex.getMessage());
    }
    String sectionsPath = JsonProblems.path(path, "sections");
    List<Section> sections = new ArrayList<>();
    List<SectionObject> sectionObjects = f.list(o.sections(), sectionsPath);
    for (int i = 0; i < sectionObjects.size(); i++) {
      Optional<Section> s = section(sectionObjects.get(i), JsonProblems.item(sectionsPath, i), f);
      s.ifPresent(sections::add);
      ok &= s.isPresent();
    }
    String precedencesPath = JsonProblems.path(path, "precedences");
    List<Precedence> precedences = new ArrayList<>();
    List<PrecedenceObject> precedenceObjects = o.precedences() == null ? List.of()
        : o.precedences();
    for (int i = 0; i < precedenceObjects.size(); i++) {
      String p = JsonProblems.item(precedencesPath, i);
      PrecedenceObject e = precedenceObjects.get(i);
      if (!f.object(e, p)) {
        ok = false;
        continue;
      }
      Optional<String> before = f.text(e.before(), JsonProblems.path(p, "before"));
      Optional<String> after = f.text(e.after(), JsonProblems.path(p, "after"));
      if (before.isEmpty() || after.isEmpty()) {
        ok = false;
        continue;
      }
      try {
        precedences.add(Precedence.of(before.get(), after.get()));
      } catch (IllegalArgumentException ex) {
        f.add(p, p + ": " + ex.getMessage());
        ok = false;
      }
    }
    if (!ok || title.isEmpty() || language.isEmpty() || period.isEmpty() || directory == null) {
      return Optional.empty();
    }
    return Optional.of(ActionPlan.of(title.get(), language.get(), period.get(), sections,
        directory).withPrecedences(precedences));
  }

  static Optional<YearRange> period(PeriodObject o, String path, JsonProblems f) {
    if (!f.object(o, path)) {
      return Optional.empty();
    }
    Optional<LocalDate> from = f.date(o.from(), JsonProblems.path(path, "from"));
    Optional<LocalDate> to = f.date(o.to(), JsonProblems.path(path, "to"));
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (from.get().getMonthValue() != 1 || from.get().getDayOfMonth() != 1
        || to.get().getMonthValue() != 12 || to.get().getDayOfMonth() != 31) {
      f.add(path, path + ": a plan covers whole years: from the 1st of January to the 31st of "
          + "December");
      return Optional.empty();
    }
    try {
      return Optional.of(YearRange.of(from.get().getYear(), to.get().getYear()));
    } catch (IllegalArgumentException e) {
      f.add(path, path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Section> section(SectionObject o, String path, JsonProblems f) {
    if (!f.object(o, path)) {
      return Optional.empty();
    }
    Optional<String> number = f.text(o.number(), JsonProblems.path(path, "number"));
    Optional<String> title = f.text(o.title(), JsonProblems.path(path, "title"));
    String activitiesPath = JsonProblems.path(path, "activities");
    List<Activity> activities = new ArrayList<>();
    boolean ok = true;
    List<ActivityObject> objects = f.list(o.activities(), activitiesPath);
    for (int i = 0; i < objects.size(); i++) {
      Optional<Activity> a = activity(objects.get(i), JsonProblems.item(activitiesPath, i), f);
      a.ifPresent(activities::add);
      ok &= a.isPresent();
    }
    if (!ok || number.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Section.of(number.get(), title.get(), activities));
    } catch (IllegalArgumentException e) {
      f.add(path, path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<Activity> activity(ActivityObject o, CharSequence path, JsonProblems f) {
    if (!f.object(o, path.toString())) {
      return Optional.empty();
    }
    Optional<String> code = f.text(o.code(), path, "code");
    Optional<String> title = f.text(o.title(), path, "title");
    List<String> responsible = f.texts(o.responsible(), path, "responsible");
    Optional<Deadline> deadline = f.object(o.deadline(), path, "deadline")
        ? deadline(o.deadline(), JsonPath.field(path, "deadline"), f) : Optional.empty();
    Optional<String> completionForm = f.text(o.completionForm(), path, "completionForm");
    Optional<FinancingSource> source = f.constant(o.financing(), path, "financing",
        FinancingSource.class);
    Optional<String> financingText = f.text(o.financingText(), path, "financingText");
    if (code.isEmpty() || title.isEmpty() || deadline.isEmpty() || completionForm.isEmpty()
        || source.isEmpty() || financingText.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Activity.of(code.get(), title.get(), responsible, deadline.get(),
          completionForm.get(), new Financing(source.get(), financingText.get())));
    } catch (IllegalArgumentException e) {
      f.add(path.toString(), path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The deadline object at {@code path}, which is there. */
  private static Optional<Deadline> deadline(DeadlineObject o, CharSequence path, JsonProblems f) {
    Optional<String> text = f.text(o.text(), path, "text");
    List<Window> windows = new ArrayList<>();
    boolean ok = true;
    List<WindowObject> objects = f.list(o.windows(), path, "windows");
    for (int i = 0; i < objects.size(); i++) {
      WindowObject w = objects.get(i);
      JsonPath p = JsonPath.item(JsonPath.field(path, "windows"), i);
      if (w == null) {
        f.object(w, p.toString());
        ok = false;
        continue;
      }
      Optional<LocalDate> from = f.optionalDate(w.from(), p, "from");
      Optional<LocalDate> to = f.optionalDate(w.to(), p, "to");
      if (from.isEmpty() && w.from() != null || to.isEmpty() && w.to() != null) {
        ok = false;
        continue;
      }
      try {
        windows.add(new Window(from, to));
      } catch (IllegalArgumentException e) {
        f.add(p.toString(), p + ": " + e.getMessage());
        ok = false;
      }
    }
    Long duration = o.durationDays();
    if (duration != null && (duration < 1 || duration > 100_000)) {
      String durationPath = JsonProblems.path(path, "durationDays");
      f.add(durationPath, durationPath + ": a duration is a positive number of days, not "
          + duration);
      ok = false;
    }
    Optional<Boolean> tentative = f.bool(o.tentative(), path, "tentative");
    Optional<Recurrence> recurrence = f.optionalConstant(o.recurrence(), path, "recurrence",
        Recurrence.class);
    if (!ok || o.recurrence() != null && recurrence.isEmpty() || text.isEmpty()
        || tentative.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Deadline(text.get(), ImmutableList.copyOf(windows), duration == null
        ? OptionalInt.empty() : OptionalInt.of(duration.intValue()), tentative.get(),
        recurrence));
  }
}
