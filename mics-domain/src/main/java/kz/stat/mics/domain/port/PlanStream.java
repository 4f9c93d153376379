package kz.stat.mics.domain.port;

import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Section;

/**
 * A plan document that can be read part by part, as many times as it is asked to. A reading that
 * finds problems may already have handed some parts on: it throws at the end, and the receiver
 * must then keep nothing of what it was given.
 */
@FunctionalInterface
public interface PlanStream {

  /**
   * Reads the document once, handing every part to {@code parts} in document order.
   *
   * @throws PlanDocumentException when the document has problems, with every problem's place
   * @throws java.io.UncheckedIOException when its bytes cannot be read
   */
  void readInto(PlanParts parts);

  /**
   * A plan held whole, handed over part by part: the header, each section followed by its
   * activities, the executors, then the precedences.
   */
  static PlanStream of(ActionPlan plan) {
    return parts -> {
      parts.header(plan.title(), plan.language(), plan.period());
      for (Section s : plan.sections()) {
        parts.section(s.number(), s.title());
        s.activities().forEach(parts::activity);
      }
      plan.executors().entries().forEach(parts::executor);
      plan.precedences().forEach(parts::precedence);
    };
  }
}
