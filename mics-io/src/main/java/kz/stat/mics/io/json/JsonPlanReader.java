package kz.stat.mics.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.util.Optional;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanParts;
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

  /**
   * Reads the document token by token, handing each part to {@code parts} as it is read, in
   * memory that does not grow with the document: one executor, activity or precedence is held at
   * a time, and every text is held to the cell limit (the size limit does not apply). A problem
   * is placed where its item begins.
   *
   * @throws kz.stat.mics.domain.port.PlanDocumentException at the end, or at a value of the
   *     wrong JSON type, with every problem found
   */
  public void stream(String source, InputStream in, PlanParts parts) {
    checkNotNull(parts, "parts");
    new StreamedPlanJson(source, limits, parts).read(in);
  }
}
