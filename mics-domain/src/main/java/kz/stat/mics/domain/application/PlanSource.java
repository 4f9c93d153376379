package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.DocumentSource;

/** The plan a view looks at: a stored plan by its key, or a document read as it is. */
public sealed interface PlanSource {

  /** A stored plan: its latest revision and its progress. */
  record Stored(PlanKey key) implements PlanSource {
    public Stored {
      checkNotNull(key, "key");
    }
  }

  /**
   * A document, shown as it is and never stored by a view, with the progress of the stored plan
   * whose key its file name gives, when there is one.
   */
  record Document(DocumentSource document) implements PlanSource {
    public Document {
      checkNotNull(document, "document");
    }
  }

  static PlanSource stored(PlanKey key) {
    return new Stored(key);
  }

  static PlanSource document(DocumentSource document) {
    return new Document(document);
  }
}
