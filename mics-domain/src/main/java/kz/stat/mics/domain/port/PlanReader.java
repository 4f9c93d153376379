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
}
