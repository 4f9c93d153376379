package kz.stat.mics.io.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.io.json.JsonTree.Node;
import kz.stat.mics.io.json.JsonTree.Obj;

/** The mics-history JSON object, version 1: a plan's revisions and progress events. */
final class HistoryJson {
  static final String FORMAT = "mics-history";
  static final int VERSION = 1;

  private static final Set<String> FIELDS = Set.of("format", "version", "key", "revisions",
      "progress");
  private static final Set<String> REVISION_FIELDS = Set.of("number", "savedAt", "plan");
  private static final Set<String> EVENT_FIELDS = Set.of("sequence", "activity", "status", "on",
      "recordedAt", "actor", "note");

  private HistoryJson() {}

  static Optional<PlanHistory> read(JsonFields f, Node node) {
    Optional<Obj> found = f.object(node, "", FIELDS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Obj o = found.get();
    Optional<String> format = f.text(o, "format", "");
    if (format.isPresent() && !format.get().equals(FORMAT)) {
      f.problem(o.members().get("format"), "format: this is a \"" + format.get()
          + "\" document, not a " + FORMAT + " document");
      return Optional.empty();
    }
    Optional<Long> version = f.number(o, "version", "");
    if (version.isPresent() && version.get() != VERSION) {
      f.problem(o.members().get("version"), "version: version " + version.get() + " of "
          + FORMAT + " is not known; this program reads version " + VERSION);
      return Optional.empty();
    }
    Optional<PlanKey> key = f.text(o, "key", "").flatMap(k -> {
      if (PlanKey.isValid(k)) {
        return Optional.of(PlanKey.of(k));
      }
      f.problem(o.members().get("key"), "key: \"" + k + "\" is not a plan key (1 to 64 letters, "
          + "digits, '.', '_' or '-')");
      return Optional.empty();
    });
    boolean ok = true;
    List<Revision> revisions = new ArrayList<>();
    List<Node> revisionNodes = f.array(o, "revisions", "");
    for (int i = 0; i < revisionNodes.size(); i++) {
      String p = "revisions[" + i + "]";
      Optional<Obj> r = f.object(revisionNodes.get(i), p, REVISION_FIELDS);
      if (r.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<Long> number = f.number(r.get(), "number", p);
      Optional<Instant> savedAt = f.instant(r.get(), "savedAt", p);
      Node planNode = r.get().members().get("plan");
      Optional<ActionPlan> plan = Optional.empty();
      if (planNode == null) {
        f.problem(r.get(), "missing field \"" + p + ".plan\"");
      } else {
        plan = PlanJson.read(f, planNode, p + ".plan");
      }
      if (number.isPresent() && number.get() != i + 1) {
        f.problem(r.get().members().get("number"), p + ".number: revisions are numbered 1, 2, "
            + "... in order; expected " + (i + 1) + ", found " + number.get());
        ok = false;
      } else if (number.isPresent() && savedAt.isPresent() && plan.isPresent()) {
        revisions.add(new Revision(i + 1, savedAt.get(), plan.get()));
      } else {
        ok = false;
      }
    }
    if (revisionNodes.isEmpty() && o.members().containsKey("revisions")) {
      f.problem(o.members().get("revisions"), "revisions: a history has at least one revision");
      ok = false;
    }
    List<ProgressEvent> events = new ArrayList<>();
    List<Node> eventNodes = f.array(o, "progress", "");
    for (int i = 0; i < eventNodes.size(); i++) {
      String p = "progress[" + i + "]";
      Optional<Obj> e = f.object(eventNodes.get(i), p, EVENT_FIELDS);
      if (e.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<Long> sequence = f.number(e.get(), "sequence", p);
      Optional<String> activity = f.text(e.get(), "activity", p);
      Optional<Status> status = f.constant(e.get(), "status", p, Status.class);
      Optional<LocalDate> on = f.date(e.get(), "on", p);
      Optional<Instant> recordedAt = f.instant(e.get(), "recordedAt", p);
      Optional<String> actor = f.text(e.get(), "actor", p);
      Optional<String> note = f.text(e.get(), "note", p);
      if (sequence.isPresent() && sequence.get() != i + 1) {
        f.problem(e.get().members().get("sequence"), p + ".sequence: events are numbered 1, 2, "
            + "... in order; expected " + (i + 1) + ", found " + sequence.get());
        ok = false;
      } else if (sequence.isPresent() && activity.isPresent() && status.isPresent()
          && on.isPresent() && recordedAt.isPresent() && actor.isPresent() && note.isPresent()) {
        events.add(new ProgressEvent(sequence.get(), activity.get(), status.get(), on.get(),
            recordedAt.get(), actor.get(), note.get()));
      } else {
        ok = false;
      }
    }
    if (!ok || key.isEmpty() || revisions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PlanHistory.of(key.get(), revisions, PlanProgress.of(events)));
  }
}
