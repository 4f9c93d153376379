package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.HistoryWriter;
import kz.stat.mics.domain.progress.ProgressEvent;

/** Writes a plan's whole history as a mics-history JSON document, version 1 (docs/formats.md). */
public final class JsonHistoryWriter implements HistoryWriter {
  @Override
  public void write(PlanHistory history, OutputStream out) throws IOException {
    try (JsonGenerator g = PlanJson.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", HistoryJson.FORMAT);
      g.writeNumberField("version", HistoryJson.VERSION);
      g.writeStringField("key", history.key().value());
      g.writeArrayFieldStart("revisions");
      for (Revision r : history.revisions()) {
        g.writeStartObject();
        g.writeNumberField("number", r.number());
        g.writeStringField("savedAt", r.savedAt().toString());
        g.writeFieldName("plan");
        PlanJson.write(r.plan(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("progress");
      for (ProgressEvent e : history.progress().events()) {
        g.writeStartObject();
        g.writeNumberField("sequence", e.sequence());
        g.writeStringField("activity", e.activityCode());
        g.writeStringField("status", e.status().name());
        g.writeStringField("on", e.on().toString());
        g.writeStringField("recordedAt", e.recordedAt().toString());
        g.writeStringField("actor", e.actor());
        g.writeStringField("note", e.note());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
