package kz.stat.mics.io.ics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.io.internal.Standing;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.PercentComplete;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a plan as an iCalendar file (RFC 5545) through ical4j: each activity a to-do due on its due
 * date, each closed window also an all-day event, with identifiers that stay the same across
 * revisions and a sequence number that rises with each revision that changed the activity. Given an
 * executor, only the activities that executor is responsible for are written.
 */
public final class IcsPlanWriter implements PlanWriter {
  /** RFC 5545: content lines are folded to at most 75 octets, not counting the line break. */
  static final int FOLD_OCTETS = 75;

  private final Optional<String> executor;

  /** A calendar of every activity, or of one executor's when {@code executor} is given. */
  public IcsPlanWriter(Optional<String> executor) {
    this.executor = checkNotNull(executor, "executor").map(String::trim).filter(e -> !e.isEmpty());
  }

  /** A calendar of every activity. */
  public IcsPlanWriter() {
    this(Optional.empty());
  }

  @Override
  public boolean countsChanges() {
    return true;
  }

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    write(ExportedPlan.of(plan), out);
  }

  /**
   * @throws PlanDocumentException when an executor was asked for that no activity has
   */
  @Override
  public void write(ExportedPlan export, OutputStream out) throws IOException {
    ActionPlan plan = export.plan();
    List<Activity> activities = plan.activities().stream().filter(a -> mine(plan, a)).toList();
    if (executor.isPresent() && activities.isEmpty()) {
      throw new PlanDocumentException(DocumentProblem.of("--executor " + executor.get(),
          "no activity of the plan has this executor; its executors: "
              + String.join(", ", executors(plan))));
    }
    Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String prefix = uidPrefix(export);
    Words words = Words.of(export.language());
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Bureau of National Statistics//mics//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME",
        plan.title() + executor.map(e -> " — " + e).orElse("")));
    for (Activity a : activities) {
      String uid = prefix + "/" + a.code();
      int sequence = export.changesOf(a.code());
      String summary = a.code() + " " + a.title();
      String description = words.describe(a);
      VToDo todo = new VToDo();
      todo.add(new Uid(uid));
      todo.add(new DtStamp(stamp));
      todo.add(new Sequence(sequence));
      todo.add(new Summary(summary));
      todo.add(new Description(description));
      a.deadline().due().ifPresent(due -> todo.add(new Due<>(due)));
      Status status = Standing.of(export, a.code()).status();
      todo.add(switch (status) {
        case PLANNED -> ImmutableStatus.VTODO_NEEDS_ACTION;
        case IN_PROGRESS -> ImmutableStatus.VTODO_IN_PROCESS;
        case DONE -> ImmutableStatus.VTODO_COMPLETED;
        case CANCELLED -> ImmutableStatus.VTODO_CANCELLED;
      });
      if (status == Status.DONE) {
        todo.add(new PercentComplete(100));
      }
      categories(a).ifPresent(todo::add);
      calendar.add(todo);
      int n = 0;
      for (Window w : a.deadline().windows()) {
        n++;
        if (w.from().isEmpty()) {
          continue; // "by a day": the to-do's due date says it all
        }
        LocalDate from = w.from().get();
        LocalDate to = w.to().orElse(from);
        VEvent event = new VEvent();
        event.add(new Uid(uid + "/" + n));
        event.add(new DtStamp(stamp));
        event.add(new Sequence(sequence));
        event.add(new DtStart<>(from));
        event.add(new DtEnd<>(to.plusDays(1)));
        event.add(new Summary(summary));
        event.add(new Description(description));
        event.add(ImmutableTransp.TRANSPARENT);
        categories(a).ifPresent(event::add);
        calendar.add(event);
      }
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, text);
    } catch (ValidationException e) {
      throw new IllegalStateException("mics wrote a calendar that is not valid iCalendar", e);
    }
    out.write(refold(text.toString()).getBytes(StandardCharsets.UTF_8));
  }

  private boolean mine(ActionPlan plan, Activity a) {
    if (executor.isEmpty()) {
      return true;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(Names.key(executor.get()));
    plan.executors().find(executor.get()).ifPresent(e -> {
      names.add(Names.key(e.code()));
      names.add(Names.key(e.name()));
    });
    return a.responsible().stream().anyMatch(r -> names.contains(Names.key(r)));
  }

  private static List<String> executors(ActionPlan plan) {
    Set<String> all = new LinkedHashSet<>();
    plan.executors().entries().stream().map(Executor::code).forEach(all::add);
    plan.activities().forEach(a -> all.addAll(a.responsible()));
    return new ArrayList<>(all);
  }

  private static Optional<Property> categories(Activity a) {
    return a.responsible().isEmpty() ? Optional.empty()
        : Optional.of(new Categories(new TextList(a.responsible())));
  }

  /**
   * The plan key, stable across revisions; a plan read from a document has none, so the hash of its
   * title stands in.
   */
  private static String uidPrefix(ExportedPlan export) {
    return export.key().map(k -> k.value()).orElseGet(() -> "plan-" + Hashing.sha256()
        .hashString(export.plan().title(), StandardCharsets.UTF_8).toString().substring(0, 16));
  }

  /**
   * ical4j folds lines at 75 characters, which in Kazakh or Russian text is up to 150 octets: the
   * lines are unfolded and folded again at 75 octets, never inside a character.
   */
  static String refold(String text) {
    String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      int limit = FOLD_OCTETS;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 0;
          limit = FOLD_OCTETS - 1; // the leading space counts
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** The labels of a to-do's description, in the export's language. */
  private record Words(String deadline, String responsible, String lead, String form,
      String financing, String tentative) {
    static Words of(Language language) {
      return switch (language) {
        case KK -> new Words("Орындау мерзімі", "Жауапты орындаушы", "жетекші", "Аяқталу нысаны",
            "Қаржыландыру", "нақтылануда");
        case RU -> new Words("Срок исполнения", "Ответственный исполнитель", "ведущий",
            "Форма завершения", "Финансирование", "уточняется");
        default -> new Words("Deadline", "Responsible", "lead", "Completion form", "Financing",
            "tentative");
      };
    }

    String describe(Activity a) {
      List<String> lines = new ArrayList<>();
      lines.add(deadline + ": " + a.deadline().text()
          + (a.deadline().tentative() ? " (" + tentative + ")" : ""));
      if (!a.responsible().isEmpty()) {
        List<String> names = new ArrayList<>(a.responsible());
        names.set(0, names.get(0) + " (" + lead + ")");
        lines.add(responsible + ": " + String.join(", ", names));
      }
      if (!a.completionForm().isBlank()) {
        lines.add(form + ": " + a.completionForm());
      }
      if (!a.financing().text().isBlank()) {
        lines.add(financing + ": " + a.financing().text());
      }
      return String.join("\n", lines);
    }
  }
}
