package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanWriter;

/** Writes a plan as a mics-plan JSON document, version 1 (docs/formats.md), in UTF-8. */
public final class JsonPlanWriter implements PlanWriter {
  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    try (JsonGenerator g = PlanJson.generator(out)) {
      PlanJson.write(plan, g);
      g.writeRaw('\n');
    }
  }
}
