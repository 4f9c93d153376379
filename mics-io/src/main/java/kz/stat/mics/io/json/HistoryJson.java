package kz.stat.mics.io.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.io.json.PlanJson.PlanObject;

/**
 * The mics-history JSON object, version 1 (a plan's revisions and progress events), as records
 * that Jackson binds, and the mapping between them and a {@link PlanHistory}.
 */
final class HistoryJson {
  static final String FORMAT = "mics-history";
  static final int VERSION = 1;

  private HistoryJson() {}

  record HistoryObject(String format, Long version, String key, List<RevisionObject> revisions,
      List<EventObject> progress) {}

  record RevisionObject(Long number, String savedAt, PlanObject plan) {}

  record EventObject(Long sequence, String activity, String status, String on,
      String recordedAt, String actor, String note) {}

  /** The JSON object of a history. */
  static HistoryObject of(PlanHistory history) {
    List<RevisionObject> revisions = new ArrayList<>();
    for (Revision r : history.revisions()) {
      revisions.add(new RevisionObject((long) r.number(), r.savedAt().toString(),
          PlanJson.of(r.plan())));
    }
    List<EventObject> events = new ArrayList<>();
    for (ProgressEvent e : history.progress().events()) {
      events.add(new EventObject(e.sequence(), e.activityCode(), e.status().name(),
          e.on().toString(), e.recordedAt().toString(), e.actor(), e.note()));
    }
    return new HistoryObject(FORMAT, (long) VERSION, history.key().value(), revisions, events);
  }

  /** The history of a bound object; empty when it has problems, noted in {@code f}. */
  static Optional<PlanHistory> history(HistoryObject o, JsonProblems f) {
    f.text(o.format(), "format");
    f.number(o.version(), "version");
    if (!PlanJson.isKnown(o.format(), o.version(), "", FORMAT, f)) {
      return Optional.empty();
    }
    Optional<PlanKey> key = f.text(o.key(), "key").flatMap(k -> {
      if (PlanKey.isValid(k)) {
        return Optional.of(PlanKey.of(k));
      }
      f.add("key", "key: \"" + k + "\" is not a plan key (1 to 64 letters, digits, '.', '_' or "
          + "'-')");
      return Optional.empty();
    });
    boolean ok = true;
    List<Revision> revisions = new ArrayList<>();
    List<RevisionObject> revisionObjects = f.list(o.revisions(), "revisions");
    for (int i = 0; i < revisionObjects.size(); i++) {
      String p = JsonProblems.item("revisions", i);
      RevisionObject r = revisionObjects.get(i);
      if (!f.object(r, p)) {
        ok = false;
        continue;
      }
      Optional<Long> number = f.number(r.number(), JsonProblems.path(p, "number"));
      Optional<Instant> savedAt = f.instant(r.savedAt(), JsonProblems.path(p, "savedAt"));
      String planPath = JsonProblems.path(p, "plan");
      Optional<ActionPlan> plan = f.object(r.plan(), planPath)
          ? PlanJson.plan(r.plan(), planPath, f) : Optional.empty();
      if (number.isPresent() && number.get() != i + 1) {
        f.add(JsonProblems.path(p, "number"), p + ".number: revisions are numbered 1, 2, ... in "
            + "order; expected " + (i + 1) + ", found " + number.get());
        ok = false;
      } else if (number.isPresent() && savedAt.isPresent() && plan.isPresent()) {
        revisions.add(new Revision(i + 1, savedAt.get(), plan.get()));
      } else {
        ok = false;
      }
    }
    if (o.revisions() != null && o.revisions().isEmpty()) {
      f.add("revisions", "revisions: a history has at least one revision");
      ok = false;
    }
    List<ProgressEvent> events = new ArrayList<>();
    List<EventObject> eventObjects = f.list(o.progress(), "progress");
    for (int i = 0; i < eventObjects.size(); i++) {
      String p = JsonProblems.item("progress", i);
      EventObject e = eventObjects.get(i);
      if (!f.object(e, p)) {
        ok = false;
        continue;
      }
      Optional<Long> sequence = f.number(e.sequence(), JsonProblems.path(p, "sequence"));
      Optional<String> activity = f.text(e.activity(), JsonProblems.path(p, "activity"));
      Optional<Status> status = f.constant(e.status(), JsonProblems.path(p, "status"),
          Status.class);
      Optional<LocalDate> on = f.date(e.on(), JsonProblems.path(p, "on"));
      Optional<Instant> recordedAt = f.instant(e.recordedAt(), JsonProblems.path(p,
          "recordedAt"));
      Optional<String> actor = f.text(e.actor(), JsonProblems.path(p, "actor"));
      Optional<String> note = f.text(e.note(), JsonProblems.path(p, "note"));
      if (sequence.isPresent() && sequence.get() != i + 1) {
        f.add(JsonProblems.path(p, "sequence"), p + ".sequence: events are numbered 1, 2, ... "
            + "in order; expected " + (i + 1) + ", found " + sequence.get());
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
