package kz.stat.mics.persistence;

import static kz.stat.mics.persistence.ContentHash.text;

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
    text(h, plan.title());
    text(h, plan.language().code());
    h.putInt(plan.period().first()).putInt(plan.period().last());
    h.putInt(plan.sections().size());
    for (Section s : plan.sections()) {
      text(h, s.number());
      text(h, s.title());
      h.putInt(s.activities().size());
      for (Activity a : s.activities()) {
        ContentHash.activityFields(h, a);
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
    return h.hex();
  }
}
