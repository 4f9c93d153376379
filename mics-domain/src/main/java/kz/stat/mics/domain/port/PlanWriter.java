package kz.stat.mics.domain.port;

import java.io.IOException;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.ActionPlan;

/** Writes a plan as a document of one format. */
public interface PlanWriter {
  void write(ActionPlan plan, OutputStream out) throws IOException;

  /**
   * Writes an export. A format that shows progress, a day or labels reads them from {@code export};
   * by default the plan alone is written.
   */
  default void write(ExportedPlan export, OutputStream out) throws IOException {
    write(export.plan(), out);
  }

  /**
   * Whether this format shows how often each activity changed (a calendar's SEQUENCE): then an
   * export reads every stored revision to count them into {@link ExportedPlan#changes()}.
   */
  default boolean countsChanges() {
    return false;
  }
}
