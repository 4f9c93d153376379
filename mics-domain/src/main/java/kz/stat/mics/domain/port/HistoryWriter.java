package kz.stat.mics.domain.port;

import java.io.IOException;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.PlanHistory;

/** Writes a plan's whole history (revisions and progress) for export. */
public interface HistoryWriter {
  void write(PlanHistory history, OutputStream out) throws IOException;
}
