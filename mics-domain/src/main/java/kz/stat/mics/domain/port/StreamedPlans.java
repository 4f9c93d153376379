package kz.stat.mics.domain.port;

import kz.stat.mics.domain.plan.PlanKey;

/**
 * A store that takes a plan as a stream of parts, in memory that does not grow with the plan. It
 * keeps the promises of {@link Plans#save}: one transaction, nothing new for an unchanged plan,
 * nothing at all when the document turns out to have problems.
 */
public interface StreamedPlans {

  /**
   * Saves the plan {@code stream} reads under {@code key}, as {@link Plans#save} does.
   *
   * @throws PlanDocumentException when the document has problems; nothing is stored
   */
  SavedRevision save(PlanKey key, PlanStream stream);
}
