package kz.stat.mics.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import kz.stat.mics.domain.fixtures.InMemoryPlans;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.RevisionSummary;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases ask the store for whole revisions only where they show them: listing revisions,
 * reading progress and diffing two revisions load no other revision.
 */
class LoadsOnlyWhatItShowsTest {
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");

  private final LoadCounting plans = new LoadCounting(new InMemoryPlans(
      TimeSource.fixed(Instant.parse("2024-08-01T04:00:00Z"))));
  private final PlanCatalog catalog = new PlanCatalog(plans);

  @BeforeEach
  void storeFiveRevisions() {
    ActionPlan plan = SeedPlan.plan();
    for (int i = 0; i < 5; i++) {
      plans.save(KEY, new ActionPlan("revision " + (i + 1), plan.language(), plan.period(),
          plan.sections(), plan.executors(), plan.precedences()));
    }
    plans.record(KEY, new ProgressChange("11.2", Status.DONE, LocalDate.of(2024, 6, 19), "ХСД",
        ""));
    plans.loaded.clear();
  }

  @Test
  void listingRevisionsLoadsNone() {
    assertThat(catalog.revisions(KEY)).extracting(RevisionSummary::number)
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(plans.loaded).isEmpty();
  }

  @Test
  void readingProgressLoadsNoRevision() {
    assertThat(catalog.progress(KEY, Optional.of(ActivityCode.of("11.2"))).version()).isEqualTo(1);
    assertThat(plans.loaded).isEmpty();
  }

  @Test
  void aDiffLoadsTheTwoRevisionsItComparesAndNoOther() {
    catalog.diff(KEY, OptionalInt.of(2), OptionalInt.of(3));
    assertThat(plans.loaded).containsExactly("revision 2", "revision 3");

    plans.loaded.clear();
    catalog.diff(KEY, OptionalInt.empty(), OptionalInt.empty());
    assertThat(plans.loaded).containsExactly("revision 4", "revision 5");
  }

  /** A store that notes every whole revision it hands out. */
  private static final class LoadCounting implements Plans {
    private final Plans store;
    final List<String> loaded = new ArrayList<>();

    LoadCounting(Plans store) {
      this.store = store;
    }

    private Optional<Revision> note(Optional<Revision> r) {
      r.ifPresent(x -> loaded.add("revision " + x.number()));
      return r;
    }

    @Override
    public SavedRevision save(PlanKey key, ActionPlan plan) {
      return store.save(key, plan);
    }

    @Override
    public List<PlanSummary> list() {
      return store.list();
    }

    @Override
    public Optional<Revision> latest(PlanKey key) {
      return note(store.latest(key));
    }

    @Override
    public Optional<Revision> revision(PlanKey key, int number) {
      return note(store.revision(key, number));
    }

    @Override
    public List<RevisionSummary> revisions(PlanKey key) {
      return store.revisions(key);
    }

    @Override
    public PlanProgress progress(PlanKey key) {
      return store.progress(key);
    }

    @Override
    public ProgressEvent record(PlanKey key, ProgressChange change, long expectedVersion) {
      return store.record(key, change, expectedVersion);
    }

    @Override
    public ProgressEvent record(PlanKey key, ProgressChange change) {
      return store.record(key, change);
    }

    @Override
    public Optional<PlanHistory> history(PlanKey key) {
      Optional<PlanHistory> h = store.history(key);
      h.ifPresent(x -> x.revisions().forEach(r -> loaded.add("revision " + r.number())));
      return h;
    }

    @Override
    public void restore(PlanHistory history) {
      store.restore(history);
    }

    @Override
    public <T> T transaction(Function<? super Plans, ? extends T> work) {
      return store.transaction(s -> work.apply(this));
    }

    @Override
    public <T> T snapshot(Function<? super Plans, ? extends T> reads) {
      return store.snapshot(s -> reads.apply(this));
    }
  }
}
