package kz.stat.mics.persistence;

import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;

/**
 * The SHA-256 of a plan's content, over an unambiguous encoding (every text and list is prefixed by
 * its length). Equal plans have equal fingerprints, so a different fingerprint proves a change without
 * loading the stored revision.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(ActionPlan plan) {
    Sha256 h = new Sha256();
    h.text(plan.title());
    h.text(plan.language().code());
    h.putInt(plan.period().first()).putInt(plan.period().last());
    h.putInt(plan.sections().size());
    for (Section s : plan.sections()) {
      h.text(s.number());
      h.text(s.title());
      h.putInt(s.activities().size());
      for (Activity a : s.activities()) {
        ContentHash.activityFields(h, a);
      }
    }
    h.putInt(plan.executors().size());
    for (Executor e : plan.executors().entries()) {
      h.text(e.code());
      h.text(e.name());
    }
    h.putInt(plan.precedences().size());
    for (Precedence p : plan.precedences()) {
      h.text(p.before());
      h.text(p.after());
    }
    return h.hex();
  }
}
