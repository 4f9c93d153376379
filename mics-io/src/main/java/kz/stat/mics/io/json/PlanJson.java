package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
import kz.stat.mics.io.json.JsonTree.Node;
import kz.stat.mics.io.json.JsonTree.Obj;

/** The mics-plan JSON object, version 1: writing a plan as one and reading one back. */
final class PlanJson {
  static final String FORMAT = "mics-plan";
  static final int VERSION = 1;

  private static final Set<String> PLAN_FIELDS = Set.of("format", "version", "title", "language",
      "period", "executors", "sections", "precedences");
  private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
  private static final Set<String> EXECUTOR_FIELDS = Set.of("code", "name");
  private static final Set<String> SECTION_FIELDS = Set.of("number", "title", "activities");
  private static final Set<String> ACTIVITY_FIELDS = Set.of("code", "title", "responsible",
      "deadline", "completionForm", "financing", "financingText");
  private static final Set<String> DEADLINE_FIELDS = Set.of("text", "windows", "durationDays",
      "tentative", "recurrence");
  private static final Set<String> WINDOW_FIELDS = Set.of("from", "to");
  private static final Set<String> PRECEDENCE_FIELDS = Set.of("before", "after");

  private PlanJson() {}

  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = JsonTree.factory(Long.MAX_VALUE).createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new DefaultPrettyPrinter().withSeparators(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    return g;
  }

  static void write(ActionPlan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeStringField("title", plan.title());
    g.writeStringField("language", plan.language().code());
    g.writeObjectFieldStart("period");
    g.writeStringField("from", plan.period().from().toString());
    g.writeStringField("to", plan.period().to().toString());
    g.writeEndObject();
    g.writeArrayFieldStart("executors");
    for (Executor e : plan.executors().entries()) {
      g.writeStartObject();
      g.writeStringField("code", e.code());
      g.writeStringField("name", e.name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sections");
    for (Section s : plan.sections()) {
      g.writeStartObject();
      g.writeStringField("number", s.number());
      g.writeStringField("title", s.title());
      g.writeArrayFieldStart("activities");
      for (Activity a : s.activities()) {
        writeActivity(a, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!plan.precedences().isEmpty()) {
      g.writeArrayFieldStart("precedences");
      for (Precedence p : plan.precedences()) {
        g.writeStartObject();
        g.writeStringField("before", p.before());
        g.writeStringField("after", p.after());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeActivity(Activity a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", a.code());
    g.writeStringField("title", a.title());
    g.writeArrayFieldStart("responsible");
    for (String r : a.responsible()) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeFieldName("deadline");
    writeDeadline(a.deadline(), g);
    g.writeStringField("completionForm", a.completionForm());
    g.writeStringField("financing", a.financing().source().name());
    g.writeStringField("financingText", a.financing().text());
    g.writeEndObject();
  }

  /** Writes the deadline object of the mics-plan format. */
  static void writeDeadline(Deadline d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", d.text());
    g.writeArrayFieldStart("windows");
    for (Window w : d.windows()) {
      g.writeStartObject();
      writeDate(g, "from", w.from());
      writeDate(g, "to", w.to());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("durationDays");
    if (d.durationDays().isPresent()) {
      g.writeNumber(d.durationDays().getAsInt());
    } else {
      g.writeNull();
    }
    g.writeBooleanField("tentative", d.tentative());
    g.writeFieldName("recurrence");
    if (d.recurrence().isPresent()) {
      g.writeString(d.recurrence().get().name());
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  private static void writeDate(JsonGenerator g, String name, Optional<LocalDate> date)
      throws IOException {
    g.writeFieldName(name);
    if (date.isPresent()) {
      g.writeString(date.get().toString());
    } else {
      g.writeNull();
    }
  }

  /**
   * Reads a mics-plan object at {@code path}; empty when it has problems, which {@code f} holds.
   */
  static Optional<ActionPlan> read(JsonFields f, Node node, String path) {
    Optional<Obj> found = f.object(node, path, PLAN_FIELDS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Obj o = found.get();
    Optional<String> format = f.text(o, "format", path);
    if (format.isPresent() && !format.get().equals(FORMAT)) {
      f.problem(o.members().get("format"), JsonFields.path(path, "format") + ": this is a \""
          + format.get() + "\" document, not a " + FORMAT + " document");
      return Optional.empty();
    }
    Optional<Long> version = f.number(o, "version", path);
    if (version.isPresent() && version.get() != VERSION) {
      f.problem(o.members().get("version"), JsonFields.path(path, "version") + ": version "
          + version.get() + " of " + FORMAT + " is not known; this program reads version "
          + VERSION);
      return Optional.empty();
    }
    boolean ok = true;
    Optional<String> title = f.text(o, "title", path);
    Optional<Language> language = f.text(o, "language", path).flatMap(code -> {
      Optional<Language> l = Language.ofCode(code);
      if (l.isEmpty() || !l.get().code().equals(code)) {
        f.problem(o.members().get("language"), JsonFields.path(path, "language") + ": \"" + code
            + "\" is not one of kk, ru, en");
        return Optional.empty();
      }
      return l;
    });
    Optional<YearRange> period = period(f, o, path);
    List<Executor> executors = new ArrayList<>();
    List<Node> executorNodes = f.array(o, "executors", path);
    for (int i = 0; i < executorNodes.size(); i++) {
      String p = JsonFields.path(path, "executors") + "[" + i + "]";
      Node n = executorNodes.get(i);
      Optional<Obj> e = f.object(n, p, EXECUTOR_FIELDS);
      if (e.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<String> code = f.text(e.get(), "code", p);
      Optional<String> name = f.text(e.get(), "name", p);
      if (code.isPresent() && name.isPresent()) {
        try {
          executors.add(Executor.of(code.get(), name.get()));
        } catch (IllegalArgumentException ex) {
          f.problem(n, p + ": " + ex.getMessage());
          ok = false;
        }
      } else {
        ok = false;
      }
    }
    ExecutorDirectory directory = null;
    try {
      directory = ExecutorDirectory.of(executors);
    } catch (IllegalArgumentException ex) {
      f.problem(o.members().get("executors"), JsonFields.path(path, "executors") + ": "
          + ex.getMessage());
      ok = false;
    }
    List<Section> sections = new ArrayList<>();
    List<Node> sectionNodes = f.array(o, "sections", path);
    for (int i = 0; i < sectionNodes.size(); i++) {
      Optional<Section> s = section(f, sectionNodes.get(i),
          JsonFields.path(path, "sections") + "[" + i + "]");
      s.ifPresent(sections::add);
      ok &= s.isPresent();
    }
    List<Precedence> precedences = new ArrayList<>();
    List<Node> precedenceNodes = f.optionalArray(o, "precedences", path);
    for (int i = 0; i < precedenceNodes.size(); i++) {
      String p = JsonFields.path(path, "precedences") + "[" + i + "]";
      Optional<Obj> e = f.object(precedenceNodes.get(i), p, PRECEDENCE_FIELDS);
      if (e.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<String> before = f.text(e.get(), "before", p);
      Optional<String> after = f.text(e.get(), "after", p);
      try {
        if (before.isPresent() && after.isPresent()) {
          precedences.add(Precedence.of(before.get(), after.get()));
        } else {
          ok = false;
        }
      } catch (IllegalArgumentException ex) {
        f.problem(e.get(), p + ": " + ex.getMessage());
        ok = false;
      }
    }
    if (!ok || title.isEmpty() || language.isEmpty() || period.isEmpty() || directory == null) {
      return Optional.empty();
    }
    return Optional.of(ActionPlan.of(title.get(), language.get(), period.get(), sections,
        directory).withPrecedences(precedences));
  }

  private static Optional<YearRange> period(JsonFields f, Obj o, String path) {
    String p = JsonFields.path(path, "period");
    Node n = o.members().get("period");
    if (n == null) {
      f.problem(o, "missing field \"" + p + "\"");
      return Optional.empty();
    }
    Optional<Obj> period = f.object(n, p, PERIOD_FIELDS);
    if (period.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> from = f.date(period.get(), "from", p);
    Optional<LocalDate> to = f.date(period.get(), "to", p);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (from.get().getMonthValue() != 1 || from.get().getDayOfMonth() != 1
        || to.get().getMonthValue() != 12 || to.get().getDayOfMonth() != 31) {
      f.problem(n, p + ": a plan covers whole years: from the 1st of January to the 31st of "
          + "December");
      return Optional.empty();
    }
    try {
      return Optional.of(YearRange.of(from.get().getYear(), to.get().getYear()));
    } catch (IllegalArgumentException e) {
      f.problem(n, p + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Section> section(JsonFields f, Node node, String path) {
    Optional<Obj> found = f.object(node, path, SECTION_FIELDS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Obj o = found.get();
    Optional<String> number = f.text(o, "number", path);
    Optional<String> title = f.text(o, "title", path);
    List<Activity> activities = new ArrayList<>();
    boolean ok = true;
    List<Node> nodes = f.array(o, "activities", path);
    for (int i = 0; i < nodes.size(); i++) {
      Optional<Activity> a = activity(f, nodes.get(i), JsonFields.path(path, "activities")
          + "[" + i + "]");
      a.ifPresent(activities::add);
      ok &= a.isPresent();
    }
    if (!ok || number.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Section.of(number.get(), title.get(), activities));
    } catch (IllegalArgumentException e) {
      f.problem(o, path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Activity> activity(JsonFields f, Node node, String path) {
    Optional<Obj> found = f.object(node, path, ACTIVITY_FIELDS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Obj o = found.get();
    Optional<String> code = f.text(o, "code", path);
    Optional<String> title = f.text(o, "title", path);
    List<String> responsible = f.texts(o, "responsible", path);
    Optional<Deadline> deadline = Optional.empty();
    Node d = o.members().get("deadline");
    if (d == null) {
      f.problem(o, "missing field \"" + JsonFields.path(path, "deadline") + "\"");
    } else {
      deadline = deadline(f, d, JsonFields.path(path, "deadline"));
    }
    Optional<String> completionForm = f.text(o, "completionForm", path);
    Optional<FinancingSource> source = f.constant(o, "financing", path, FinancingSource.class);
    Optional<String> financingText = f.text(o, "financingText", path);
    if (code.isEmpty() || title.isEmpty() || deadline.isEmpty() || completionForm.isEmpty()
        || source.isEmpty() || financingText.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Activity.of(code.get(), title.get(), responsible, deadline.get(),
          completionForm.get(), new Financing(source.get(), financingText.get())));
    } catch (IllegalArgumentException e) {
      f.problem(o, path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Deadline> deadline(JsonFields f, Node node, String path) {
    Optional<Obj> found = f.object(node, path, DEADLINE_FIELDS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Obj o = found.get();
    Optional<String> text = f.text(o, "text", path);
    List<Window> windows = new ArrayList<>();
    boolean ok = true;
    List<Node> nodes = f.array(o, "windows", path);
    for (int i = 0; i < nodes.size(); i++) {
      String p = JsonFields.path(path, "windows") + "[" + i + "]";
      Optional<Obj> w = f.object(nodes.get(i), p, WINDOW_FIELDS);
      if (w.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<LocalDate> from = f.optionalDate(w.get(), "from", p);
      Optional<LocalDate> to = f.optionalDate(w.get(), "to", p);
      try {
        windows.add(new Window(from, to));
      } catch (IllegalArgumentException e) {
        f.problem(w.get(), p + ": " + e.getMessage());
        ok = false;
      }
    }
    Optional<Long> duration = f.optionalNumber(o, "durationDays", path);
    if (duration.isPresent() && (duration.get() < 1 || duration.get() > 100_000)) {
      f.problem(o.members().get("durationDays"), JsonFields.path(path, "durationDays")
          + ": a duration is a positive number of days, not " + duration.get());
      ok = false;
    }
    Optional<Boolean> tentative = f.bool(o, "tentative", path);
    Optional<Recurrence> recurrence = f.optionalConstant(o, "recurrence", path, Recurrence.class);
    boolean badRecurrence = o.members().containsKey("recurrence") && recurrence.isEmpty()
        && !(o.members().get("recurrence") instanceof JsonTree.Scalar s
            && s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL);
    if (!ok || badRecurrence || text.isEmpty() || tentative.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Deadline(text.get(), com.google.common.collect.ImmutableList.copyOf(
        windows), duration.map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty()),
        tentative.get(), recurrence));
  }
}
