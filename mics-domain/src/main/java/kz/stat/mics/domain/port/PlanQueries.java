package kz.stat.mics.domain.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.monitoring.ActivityStatus;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;

/**
 * The monitoring views of the latest revision of stored plans, answered by the store itself: the
 * same answers as a {@link Monitor} over the whole plan and its progress, folded as of the day asked,
 * without handing over the plan. Lists come in document order and as pages: the first
 * {@code limit} rows and how many there are in all.
 *
 * <p>Every method but {@link #header} and {@link #overdueEverywhere} throws
 * {@link UnknownPlanException} when no plan is stored under the key.
 */
public interface PlanQueries {

  /** The latest revision's title, language and size; empty when no plan is stored under the key. */
  Optional<PlanHeader> header(PlanKey key);

  /** As {@link Monitor#overdue}: due before {@code asOf} and open by the progress known then. */
  Page<OverdueActivity> overdue(PlanKey key, LocalDate asOf, int limit);

  /** {@link #overdue} of every stored plan, by plan key (in code-point order), then document order. */
  Page<PlanOverdue> overdueEverywhere(LocalDate asOf, int limit);

  /**
   * As {@link Monitor#due}: due from {@code from} to {@code to}, both included, and open by the
   * progress known on {@code knownOn} (by everything recorded when empty).
   */
  Page<DueActivity> due(PlanKey key, LocalDate from, LocalDate to, Optional<LocalDate> knownOn,
      int limit);

  /**
   * As {@link Monitor#late}: done after its due date, by the progress that took effect on or before
   * {@code knownOn} (by everything recorded when empty).
   */
  Page<LateActivity> late(PlanKey key, Optional<LocalDate> knownOn, int limit);

  /** As {@link Monitor#active}, with each activity's status on that day. */
  Page<ActivityStatus> active(PlanKey key, LocalDate on, int limit);

  /**
   * As {@link Monitor#status}, with at most {@code limit} rows in its overdue and due-soon lists
   * (their counts are always whole).
   */
  StatusSummary status(PlanKey key, LocalDate asOf, int limit);

  /**
   * The sections of the plan in document order as of {@code asOf}, each with its activities counted
   * by status and overdue: the first {@code limit} of those with the most overdue activities (then
   * in document order), and how many sections there are.
   */
  Page<SectionStatus> sections(PlanKey key, LocalDate asOf, int limit);

  /**
   * The first {@code limit} activities of revision {@code revision} (the latest when empty) in
   * document order, each with its section; only those with the code {@code code} when one is given.
   *
   * @throws UnknownPlanException also when the plan has no such revision
   */
  RevisionPage activities(PlanKey key, OptionalInt revision, Optional<ActivityCode> code,
      int limit);

  /** As {@link Monitor#workload} with the overload threshold {@code threshold}. */
  Workload workload(PlanKey key, Optional<Integer> year, int threshold);

  /** As {@link Monitor#funding}. */
  List<Funding> funding(PlanKey key);
}
