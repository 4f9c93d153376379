package kz.stat.mics.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.util.Optional;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.json.PlanJson.Header;
import kz.stat.mics.io.json.PlanJson.PlanObject;

/**
 * Reads a mics-plan JSON document, version 1, reporting a wrong, missing or unknown field with its
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
    JsonDocument document = JsonDocument.parse(source,
        DocumentBytes.text(source, DocumentBytes.readAll(source, in, limits), "JSON"),
        limits);
    JsonProblems problems = new JsonProblems();
    Header header = document.bind(Header.class, problems);
    PlanJson.isKnown(header.format(), header.version(), "", PlanJson.FORMAT, problems);
    document.throwIfAny(problems);
    PlanObject bound = document.bind(PlanObject.class, problems);
    Optional<ActionPlan> plan = PlanJson.plan(bound, "", problems);
    document.throwIfAny(problems);
    return plan.orElseThrow(() -> document.fail("is not a readable mics-plan document"));
  }
}
