package kz.stat.mics.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.port.HistoryReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.Problems;

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
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    DocumentBytes.utf8(source, bytes);
    Problems problems = new Problems(source);
    JsonTree.Node root = JsonTree.parse(problems, bytes, limits.maxBytes());
    PlanHistory history = HistoryJson.read(new JsonFields(problems), root).orElse(null);
    problems.throwIfAny();
    if (history == null) {
      throw problems.fail(0, 0, "is not a readable mics-history document");
    }
    return history;
  }
}
