package kz.stat.mics.domain.application;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanDocuments;

/**
 * Documents for use-case tests, known by name: what each "contains" is set beforehand, and every
 * read is counted, so a test can see that a document was read and nothing else was.
 */
final class NamedDocuments implements PlanDocuments {
  private final Map<String, PlanDocument> byName = new HashMap<>();
  int reads;

  NamedDocuments with(String name, ActionPlan plan) {
    byName.put(name, new PlanDocument.Plan(plan));
    return this;
  }

  NamedDocuments with(String name, PlanHistory history) {
    byName.put(name, new PlanDocument.History(history));
    return this;
  }

  static DocumentSource source(String name) {
    return new DocumentSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(new byte[0]);
      }
    };
  }

  @Override
  public PlanDocument read(DocumentSource source) {
    reads++;
    PlanDocument d = byName.get(source.name());
    if (d == null) {
      throw new PlanDocumentException(DocumentProblem.of(source.name(), "no such document"));
    }
    return d;
  }
}
