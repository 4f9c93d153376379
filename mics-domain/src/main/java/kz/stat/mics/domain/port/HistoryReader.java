package kz.stat.mics.domain.port;

import java.io.InputStream;
import kz.stat.mics.domain.plan.PlanHistory;

/** Reads an exported plan history (revisions and progress). */
public interface HistoryReader {
  /** @throws PlanDocumentException with every problem found */
  PlanHistory read(String source, InputStream in);
}
