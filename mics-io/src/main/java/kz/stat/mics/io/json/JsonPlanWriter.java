package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kz.stat.mics.domain.schedule.Deadline;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanWriter;

/** Writes a plan as a mics-plan JSON document, version 1 (docs/formats.md), in UTF-8. */
public final class JsonPlanWriter implements PlanWriter {

  /** The deadline object of the mics-plan format, as indented JSON text. */
  public static String deadlineJson(Deadline deadline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = PlanJson.generator(out)) {
      PlanJson.writeDeadline(deadline, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    try (JsonGenerator g = PlanJson.generator(out)) {
      PlanJson.write(plan, g);
      g.writeRaw('\n');
    }
  }
}
