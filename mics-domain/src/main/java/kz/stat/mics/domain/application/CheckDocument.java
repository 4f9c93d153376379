package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.domain.rules.Finding;
import kz.stat.mics.domain.rules.PlanRules;
import kz.stat.mics.domain.rules.Severity;

/** A plan document on its own, without the store: the plan it holds and what the rules find in it. */
public final class CheckDocument {
  private final PlanDocuments documents;

  public CheckDocument(PlanDocuments documents) {
    this.documents = checkNotNull(documents, "documents");
  }

  /** A plan and what was found in it: what its reader skipped, then what the rules found. */
  public record Checked(ActionPlan plan, List<Finding> findings) {
    public Checked {
      checkNotNull(plan, "plan");
      findings = List.copyOf(findings);
    }

    public long errors() {
      return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }
  }

  /**
   * Reads a plan document and checks it, with extra "A before B" constraints.
   *
   * @throws PlanDocumentException when the document cannot be read as a plan
   */
  public Checked validate(DocumentSource source, List<Precedence> precedences) {
    PlanDocument.Plan document = plan(source);
    List<Finding> findings = new ArrayList<>();
    for (DocumentProblem skipped : document.skipped()) {
      findings.add(Finding.onPlan(Severity.NOTICE, skipped.toString()));
    }
    findings.addAll(PlanRules.validate(document.plan(), precedences));
    return new Checked(document.plan(), findings);
  }

  /** Reads a plan document of any known format. */
  public ActionPlan read(DocumentSource source) {
    return plan(source).plan();
  }

  private PlanDocument.Plan plan(DocumentSource source) {
    PlanDocument document = documents.read(source);
    if (document instanceof PlanDocument.Plan p) {
      return p;
    }
    throw new PlanDocumentException(DocumentProblem.of(source.name(),
        "is an exported history, not a plan document: restore it with 'mics import'"));
  }

  /** Reads a plan document with the reader of one format. */
  public ActionPlan read(DocumentSource source, PlanReader reader) throws IOException {
    try (var in = source.open()) {
      return reader.read(source.name(), in);
    }
  }
}
