package kz.stat.mics.domain.port;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;

/**
 * The store of plans: every revision of every plan and every progress step, none ever lost. Each call
 * is atomic: it all lands or none of it does.
 */
public interface Plans {

  /**
   * Saves {@code plan} under {@code key}: revision 1 for a new key, nothing new when it equals the
   * latest revision, the next revision otherwise.
   */
  SavedRevision save(PlanKey key, ActionPlan plan);

  /** Every stored plan, by key. */
  List<PlanSummary> list();

  /** The latest revision of a plan. */
  Optional<Revision> latest(PlanKey key);

  /** One revision of a plan. */
  Optional<Revision> revision(PlanKey key, int number);

  /**
   * What is known of every revision of a plan, oldest first, without loading their activities;
   * empty when there is no such plan.
   */
  List<RevisionSummary> revisions(PlanKey key);

  /** Every progress event of a plan, whatever revision it was recorded under. */
  PlanProgress progress(PlanKey key);

  /**
   * Appends a progress event. {@code expectedVersion} is the progress version the caller last saw;
   * when another event has been recorded since, nothing is written and
   * {@link ProgressConflictException} says so. The activity must exist in the latest revision.
   *
   * @throws UnknownPlanException when there is no such plan or activity
   */
  ProgressEvent record(PlanKey key, ProgressChange change, long expectedVersion);

  /**
   * Appends a progress event after whatever was recorded before it: the version is read and the
   * event appended in one transaction, so concurrent writers take turns and none is refused.
   *
   * @throws UnknownPlanException when there is no such plan or activity
   */
  ProgressEvent record(PlanKey key, ProgressChange change);

  /** All that is kept of one plan, for export. */
  Optional<PlanHistory> history(PlanKey key);

  /**
   * Imports a whole history under its key, keeping its times and numbers.
   *
   * @throws PlanKeyTakenException when a plan is already stored under the key
   */
  void restore(PlanHistory history);

  /**
   * Runs {@code work} as one transaction: every call it makes on the store it is given lands
   * together, or none of it does when it throws.
   */
  <T> T transaction(Function<? super Plans, ? extends T> work);

  /**
   * Runs {@code reads} on one consistent snapshot of the store: what another writer commits
   * meanwhile is not seen. The store it is given refuses writes with an
   * {@link IllegalStateException}. Inside {@link #transaction}, it reads what that transaction sees.
   */
  <T> T snapshot(Function<? super Plans, ? extends T> reads);
}
