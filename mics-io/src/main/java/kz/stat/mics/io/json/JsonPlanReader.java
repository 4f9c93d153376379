package kz.stat.mics.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.Problems;

/**
 * Reads a mics-plan JSON document, version 1, reporting every wrong, missing or unknown field with its
 * JSON path, line and column.
 */
public final class JsonPlanReader implements PlanReader {
  private final DocumentLimits limits;

  public JsonPlanReader() {
    this(DocumentLimits.defaults());
  }

  public JsonPlanReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  @Override
  public ActionPlan read(String source, InputStream in) {
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    DocumentBytes.utf8(source, bytes);
    Problems problems = new Problems(source);
    JsonTree.Node root = JsonTree.parse(problems, bytes, limits.maxBytes());
    JsonFields fields = new JsonFields(problems);
    ActionPlan plan = PlanJson.read(fields, root, "").orElse(null);
    problems.throwIfAny();
    if (plan == null) {
      throw problems.fail(0, 0, "is not a readable mics-plan document");
    }
    return plan;
  }
}
