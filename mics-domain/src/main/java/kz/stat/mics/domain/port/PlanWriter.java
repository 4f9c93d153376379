package kz.stat.mics.domain.port;

import java.io.IOException;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.ActionPlan;

/** Writes a plan as a document of one format. */
public interface PlanWriter {
  void write(ActionPlan plan, OutputStream out) throws IOException;
}
