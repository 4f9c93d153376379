package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import kz.stat.mics.domain.monitoring.ActivityStatus;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlacedActivity;
import kz.stat.mics.domain.port.RevisionPage;
import kz.stat.mics.domain.port.SectionStatus;
import kz.stat.mics.domain.port.PlanHeader;
import kz.stat.mics.domain.port.PlanOverdue;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.Status;

/**
 * The views' queries answered by the domain's {@link Monitor} over the latest revision that a
 * {@link Plans} store hands over whole: the reference answers, and the way for a store that keeps
 * plans in memory.
 */
public final class MonitorQueries implements PlanQueries {
  private final Plans plans;

  public MonitorQueries(Plans plans) {
    this.plans = checkNotNull(plans, "plans");
  }

  @Override
  public Optional<PlanHeader> header(PlanKey key) {
    checkNotNull(key, "key");
    return plans.latest(key).map(r -> new PlanHeader(key, r.number(), r.plan().title(),
        r.plan().language(), r.plan().activities().size()));
  }

  @Override
  public Page<OverdueActivity> overdue(PlanKey key, LocalDate asOf, int limit) {
    return Page.first(on(key, m -> m.overdue(asOf)), limit);
  }

  @Override
  public Page<PlanOverdue> overdueEverywhere(LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    return plans.snapshot(store -> {
      List<PlanOverdue> all = new ArrayList<>();
      List<PlanSummary> listed = new ArrayList<>(store.list());
      listed.sort(java.util.Comparator.comparing(p -> p.key().value()));
      for (PlanSummary p : listed) {
        for (OverdueActivity o : monitor(store, p.key()).overdue(asOf)) {
          all.add(new PlanOverdue(p.key(), o));
        }
      }
      return Page.first(all, limit);
    });
  }

  @Override
  public Page<DueActivity> due(PlanKey key, LocalDate from, LocalDate to,
      Optional<LocalDate> knownOn, int limit) {
    checkNotNull(knownOn, "knownOn");
    return Page.first(on(key, m -> knownOn.map(m::asOf).orElse(m).due(from, to)), limit);
  }

  @Override
  public Page<LateActivity> late(PlanKey key, Optional<LocalDate> knownOn, int limit) {
    checkNotNull(knownOn, "knownOn");
    return Page.first(on(key, m -> knownOn.map(m::asOf).orElse(m).late()), limit);
  }

  @Override
  public Page<ActivityStatus> active(PlanKey key, LocalDate on, int limit) {
    return Page.first(on(key, m -> {
      Monitor then = m.asOf(on);
      return then.active(on).stream().map(a -> new ActivityStatus(a, then.statusOf(a))).toList();
    }), limit);
  }

  @Override
  public StatusSummary status(PlanKey key, LocalDate asOf, int limit) {
    checkArgument(limit >= 0, "a limit is 0 or more: %s", limit);
    StatusSummary s = on(key, m -> m.status(asOf));
    return new StatusSummary(s.asOf(), s.activities(), s.done(), s.inProgress(), s.planned(),
        s.cancelled(), s.overdue(), s.dueSoon(), first(s.overdueList(), limit),
        first(s.dueSoonList(), limit), s.startsNext());
  }

  @Override
  public Page<SectionStatus> sections(PlanKey key, LocalDate asOf, int limit) {
    checkNotNull(asOf, "asOf");
    return Page.first(on(key, m -> sections(m, asOf)), limit);
  }

  /**
   * The sections of the monitor's plan as of {@code asOf}, those with the most overdue activities
   * first, then in document order.
   */
  static List<SectionStatus> sections(Monitor monitor, LocalDate asOf) {
    Monitor then = monitor.asOf(asOf);
    java.util.Set<Activity> overdue = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    then.overdue(asOf).forEach(o -> overdue.add(o.activity()));
    List<SectionStatus> out = new ArrayList<>();
    for (Section s : monitor.plan().sections()) {
      int[] counts = new int[Status.values().length];
      int late = 0;
      for (Activity a : s.activities()) {
        counts[then.statusOf(a).ordinal()]++;
        late += overdue.contains(a) ? 1 : 0;
      }
      out.add(new SectionStatus(s.number(), s.title(), s.activities().size(),
          counts[Status.DONE.ordinal()], counts[Status.IN_PROGRESS.ordinal()],
          counts[Status.PLANNED.ordinal()], counts[Status.CANCELLED.ordinal()], late));
    }
    // a stable sort keeps document order among sections as overdue as each other
    out.sort(java.util.Comparator.comparingInt(SectionStatus::overdue).reversed());
    return out;
  }

  @Override
  public RevisionPage activities(PlanKey key, OptionalInt revision,
      Optional<ActivityCode> code, int limit) {
    checkNotNull(key, "key");
    checkNotNull(revision, "revision");
    checkNotNull(code, "code");
    checkArgument(limit >= 0, "a limit is 0 or more: %s", limit);
    return plans.snapshot(store -> {
      Revision r = revision.isEmpty()
          ? store.latest(key).orElseThrow(() -> UnknownPlanException.plan(key))
          : store.revision(key, revision.getAsInt()).orElseThrow(() ->
              store.revisions(key).isEmpty() ? UnknownPlanException.plan(key)
                  : UnknownPlanException.revision(key, revision.getAsInt()));
      List<PlacedActivity> placed = new ArrayList<>();
      for (Section s : r.plan().sections()) {
        for (Activity a : s.activities()) {
          if (code.isEmpty() || code.get().value().equals(a.code())) {
            placed.add(new PlacedActivity(s.number(), s.title(), a));
          }
        }
      }
      return new RevisionPage(key, r.number(), r.savedAt(), r.plan().title(),
          r.plan().language(), r.plan().period(), Page.first(placed, limit));
    });
  }

  @Override
  public Workload workload(PlanKey key, Optional<Integer> year, int threshold) {
    return on(key, m -> m.withOverloadThreshold(threshold).workload(year));
  }

  @Override
  public List<Funding> funding(PlanKey key) {
    return on(key, Monitor::funding);
  }

  private <T> T on(PlanKey key, Function<Monitor, T> answer) {
    checkNotNull(key, "key");
    return plans.snapshot(store -> answer.apply(monitor(store, key)));
  }

  private static Monitor monitor(Plans store, PlanKey key) {
    Revision latest = store.latest(key).orElseThrow(() -> UnknownPlanException.plan(key));
    return Monitor.of(latest.plan(), store.progress(key));
  }

  private static <T> ImmutableList<T> first(ImmutableList<T> all, int limit) {
    return all.subList(0, Math.min(limit, all.size()));
  }
}
