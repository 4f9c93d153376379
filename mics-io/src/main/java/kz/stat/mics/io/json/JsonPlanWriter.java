package kz.stat.mics.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.schedule.Deadline;

/** Writes a plan as a mics-plan JSON document, version 1 (docs/formats.md), in UTF-8. */
public final class JsonPlanWriter implements PlanWriter {

  /** The deadline object of the mics-plan format, as indented JSON text. */
  public static String deadlineJson(Deadline deadline) {
    try {
      return new String(JsonDocument.write(PlanJson.of(deadline)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    out.write(JsonDocument.write(PlanJson.of(plan)));
    out.write('\n');
    out.flush();
  }
}
