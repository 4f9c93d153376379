package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.PlanParts;
import kz.stat.mics.domain.port.PlanStream;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * The SHA-256 of a plan's content, computed part by part as a document streams in: one hash for
 * each kind of part (the header, the executors, the sections with their activities, the
 * precedences), each part encoded unambiguously (every text and the lists inside a part prefixed by
 * their length, every part by a tag), then a hash of the four. Equal plans have equal hashes
 * whether they were read whole or streamed, and whatever order a document gives its top-level
 * parts in.
 */
final class ContentHash implements PlanParts {
  private static final String VERSION = "mics-content-hash-1";

  private final Sha256 header = new Sha256();
  private final Sha256 executors = new Sha256();
  private final Sha256 body = new Sha256();
  private final Sha256 precedences = new Sha256();
  private String hash;

  /** The hash of a whole plan, equal to the one of the same plan streamed. */
  static String of(ActionPlan plan) {
    ContentHash h = new ContentHash();
    PlanStream.of(plan).readInto(h);
    return h.hash();
  }

  private void checkOpen() {
    checkState(hash == null, "the hash is computed; no part can be added");
  }

  /**
   * The hash of every part received, as 64 lowercase hexadecimal digits; the parts end here, and
   * later calls give the same answer.
   */
  String hash() {
    if (hash == null) {
      Sha256 all = new Sha256().text(VERSION);
      for (Sha256 part : new Sha256[] {header, executors, body, precedences}) {
        all.putBytes(part.hash());
      }
      hash = all.hex();
    }
    return hash;
  }

  @Override
  public void header(String title, Language language, YearRange period) {
    checkOpen();
    header.text(title);
    header.text(language.code());
    header.putInt(period.first()).putInt(period.last());
  }

  @Override
  public void executor(Executor e) {
    checkOpen();
    executors.text(e.code());
    executors.text(e.name());
  }

  @Override
  public void section(String number, String title) {
    checkOpen();
    body.putByte((byte) 'S');
    body.text(number);
    body.text(title);
  }

  @Override
  public void activity(Activity a) {
    checkOpen();
    body.putByte((byte) 'A');
    activityFields(body, a);
  }

  /** Every field of an activity, each text prefixed by its length (the fingerprint's too). */
  static void activityFields(Sha256 h, Activity a) {
    h.text(a.code());
    h.text(a.title());
    h.putInt(a.responsible().size());
    a.responsible().forEach(h::text);
    h.text(a.deadline().text());
    h.putInt(a.deadline().windows().size());
    for (Window w : a.deadline().windows()) {
      date(h, w.from());
      date(h, w.to());
    }
    h.putInt(a.deadline().durationDays().orElse(0));
    h.putBoolean(a.deadline().tentative());
    h.text(a.deadline().recurrence().map(Enum::name).orElse(""));
    h.text(a.completionForm());
    h.text(a.financing().source().name());
    h.text(a.financing().text());
  }

  @Override
  public void precedence(Precedence p) {
    checkOpen();
    precedences.text(p.before());
    precedences.text(p.after());
  }

  static void date(Sha256 h, Optional<LocalDate> d) {
    h.putLong(d.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
  }
}
