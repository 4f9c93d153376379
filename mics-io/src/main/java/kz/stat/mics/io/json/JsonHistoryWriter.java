package kz.stat.mics.io.json;

import java.io.IOException;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.port.HistoryWriter;

/** Writes a plan's whole history as a mics-history JSON document, version 1 (docs/formats.md). */
public final class JsonHistoryWriter implements HistoryWriter {
  @Override
  public void write(PlanHistory history, OutputStream out) throws IOException {
    out.write(JsonDocument.write(HistoryJson.of(history)));
    out.write('\n');
    out.flush();
  }
}
