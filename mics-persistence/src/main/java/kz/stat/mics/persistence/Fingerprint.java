package kz.stat.mics.persistence;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Window;

/**
 * The SHA-256 of a plan's content, over an unambiguous encoding (every text and list is prefixed by
 * its length). Equal plans have equal fingerprints, so a different fingerprint proves a change without
 * loading the stored revision.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(ActionPlan plan) {
    Hasher h = Hashing.sha256().newHasher();
    text(h, plan.title());
    text(h, plan.language().code());
    h.putInt(plan.period().first()).putInt(plan.period().last());
    h.putInt(plan.sections().size());
    for (Section s : plan.sections()) {
      text(h, s.number());
      text(h, s.title());
      h.putInt(s.activities().size());
      for (Activity a : s.activities()) {
        text(h, a.code());
        text(h, a.title());
        h.putInt(a.responsible().size());
        a.responsible().forEach(r -> text(h, r));
        text(h, a.deadline().text());
        h.putInt(a.deadline().windows().size());
        for (Window w : a.deadline().windows()) {
          date(h, w.from());
          date(h, w.to());
        }
        h.putInt(a.deadline().durationDays().orElse(0));
        h.putBoolean(a.deadline().tentative());
        text(h, a.deadline().recurrence().map(Enum::name).orElse(""));
        text(h, a.completionForm());
        text(h, a.financing().source().name());
        text(h, a.financing().text());
      }
    }
    h.putInt(plan.executors().size());
    for (Executor e : plan.executors().entries()) {
      text(h, e.code());
      text(h, e.name());
    }
    h.putInt(plan.precedences().size());
    for (Precedence p : plan.precedences()) {
      text(h, p.before());
      text(h, p.after());
    }
    return h.hash().toString();
  }

  private static void text(Hasher h, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }

  private static void date(Hasher h, Optional<LocalDate> d) {
    h.putLong(d.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
  }
}
