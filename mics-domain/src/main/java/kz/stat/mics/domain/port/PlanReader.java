package kz.stat.mics.domain.port;

import java.io.InputStream;
import kz.stat.mics.domain.plan.ActionPlan;

/** Reads a plan document of one format. */
public interface PlanReader {

  /**
   * Reads the whole document.
   *
   * @param source the document's name, used in problem messages
   * @throws PlanDocumentException with every problem found, never a half-read plan
   */
  ActionPlan read(String source, InputStream in);

  /**
   * Reads the whole document, with what was skipped in it as not part of the plan. A reader that
   * skips nothing need not override this.
   *
   * @param source the document's name, used in problem messages
   * @throws PlanDocumentException with every problem found, never a half-read plan
   */
  default PlanDocument.Plan readDocument(String source, InputStream in) {
    return new PlanDocument.Plan(read(source, in));
  }
}
