package kz.stat.mics.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.util.Optional;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.port.HistoryReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.json.HistoryJson.HistoryObject;
import kz.stat.mics.io.json.PlanJson.Header;

/** Reads a mics-history JSON document, version 1, reporting every problem with its JSON path. */
public final class JsonHistoryReader implements HistoryReader {
  private final DocumentLimits limits;

  public JsonHistoryReader() {
    this(DocumentLimits.defaults());
  }

  public JsonHistoryReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  @Override
  public PlanHistory read(String source, InputStream in) {
    JsonDocument document = JsonDocument.parse(source,
        DocumentBytes.text(source, DocumentBytes.readAll(source, in, limits), "JSON"),
        limits);
    JsonProblems problems = new JsonProblems();
    Header header = document.bind(Header.class, problems);
    PlanJson.isKnown(header.format(), header.version(), "", HistoryJson.FORMAT, problems);
    document.throwIfAny(problems);
    HistoryObject bound = document.bind(HistoryObject.class, problems);
    Optional<PlanHistory> history = HistoryJson.history(bound, problems);
    document.throwIfAny(problems);
    return history.orElseThrow(() -> document.fail("is not a readable mics-history document"));
  }
}
