package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalLong;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.account.NotAllowedException;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.PlanKeyTakenException;
import kz.stat.mics.domain.port.PlanStream;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.port.StreamedDocuments;
import kz.stat.mics.domain.port.StreamedPlans;

/**
 * Stores a document: a plan becomes the next revision of its key (an unchanged plan creates
 * nothing); an exported history is restored whole under its key. The only way a document is
 * stored.
 */
public final class ImportDocument {
  private final Plans plans;
  private final PlanDocuments documents;
  private final Optional<StreamedDocuments> streamedDocuments;
  private final Optional<StreamedPlans> streamedPlans;

  /** Imports that read every document whole. */
  public ImportDocument(Plans plans, PlanDocuments documents) {
    this.plans = checkNotNull(plans, "plans");
    this.documents = checkNotNull(documents, "documents");
    this.streamedDocuments = Optional.empty();
    this.streamedPlans = Optional.empty();
  }

  /**
   * Imports that stream a plan document of a format read part by part ({@code streamed} says
   * which) into {@code bulk}, never holding the whole plan, and read every other document whole.
   */
  public ImportDocument(Plans plans, PlanDocuments documents, StreamedDocuments streamed,
      StreamedPlans bulk) {
    this.plans = checkNotNull(plans, "plans");
    this.documents = checkNotNull(documents, "documents");
    this.streamedDocuments = Optional.of(checkNotNull(streamed, "streamed"));
    this.streamedPlans = Optional.of(checkNotNull(bulk, "bulk"));
  }

  /** What an import did. */
  public record Imported(PlanKey key, int revision, boolean created, boolean history,
      OptionalLong progressEvents) {
    public Imported {
      checkNotNull(key, "key");
      checkNotNull(progressEvents, "progressEvents");
    }
  }

  /**
   * Stores {@code source} as {@link #importDocument(DocumentSource, Optional)} does, when
   * {@code actor} may import.
   *
   * @throws NotAllowedException when the actor may not import; nothing is read
   */
  public Imported importDocument(Actor actor, DocumentSource source, Optional<PlanKey> key) {
    checkNotNull(actor, "actor");
    if (!actor.mayImport()) {
      throw new NotAllowedException(actor.name() + " may not import documents");
    }
    return importDocument(source, key);
  }

  /**
   * Reads {@code source} and stores it under {@code key}, or under the key its file name (a plan)
   * or its own content (a history) gives.
   *
   * @throws kz.stat.mics.domain.port.PlanDocumentException when the document has problems
   * @throws PlanKeyTakenException when a history is restored under a key that holds a plan
   * @throws IllegalArgumentException when the key given ends like a document's name
   */
  public Imported importDocument(DocumentSource source, Optional<PlanKey> key) {
    checkNotNull(source, "source");
    checkNotNull(key, "key");
    key.ifPresent(k -> checkArgument(!PlanKey.looksLikeDocument(k.value()),
        "a plan key must not end like a document (%s): %s", PlanKey.DOCUMENT_EXTENSIONS, k));
    Optional<PlanStream> stream = streamedDocuments.flatMap(d -> d.stream(source));
    if (stream.isPresent()) {
      PlanKey target = key.orElseGet(() -> PlanKey.fromFileName(PlanViews.fileName(source.name())));
      SavedRevision saved = streamedPlans.orElseThrow().save(target, stream.get());
      return new Imported(saved.key(), saved.revision(), saved.created(), false,
          OptionalLong.empty());
    }
    PlanDocument document = documents.read(source);
    if (document instanceof PlanDocument.History h) {
      PlanHistory history = key.map(k -> PlanHistory.of(k, h.history().revisions(),
          h.history().progress())).orElse(h.history());
      plans.restore(history);
      return new Imported(history.key(), history.latest().number(), true, true,
          OptionalLong.of(history.progress().version()));
    }
    PlanDocument.Plan p = (PlanDocument.Plan) document;
    PlanKey target = key.orElseGet(() -> PlanKey.fromFileName(PlanViews.fileName(source.name())));
    SavedRevision saved = plans.save(target, p.plan());
    return new Imported(saved.key(), saved.revision(), saved.created(), false,
        OptionalLong.empty());
  }
}
