package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;

/**
 * The plan a view answered on, as the view names it: its key, title and language and where it came
 * from, without its activities (a stored plan's view is answered by the store, not by loading it).
 *
 * @param storedRevision the stored revision shown, or for a document the latest stored revision
 *     under its key; empty when nothing is stored under the key
 */
public record ViewedPlan(PlanKey key, String title, Language language, OpenedPlan.Origin origin,
    OptionalInt storedRevision) {
  public ViewedPlan {
    checkNotNull(key, "key");
    checkNotNull(title, "title");
    checkNotNull(language, "language");
    checkNotNull(origin, "origin");
    checkNotNull(storedRevision, "storedRevision");
    checkArgument(storedRevision.isPresent() == (origin != OpenedPlan.Origin.DOCUMENT_NOT_STORED),
        "a stored revision goes with every origin but an unstored document");
  }
}
