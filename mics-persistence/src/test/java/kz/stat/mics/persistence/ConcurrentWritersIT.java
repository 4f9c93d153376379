package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writers racing on one plan, each on its own connection to a real PostgreSQL. */
class ConcurrentWritersIT {
  private static final int WRITERS = 8;
  private static final PlanKey KEY = PlanKey.of("raced");

  private final JooqPlans plans = new JooqPlans(TestDatabases.migrated());
  private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
  }

  /** Runs {@code task} on every writer at once; each outcome is a value or the exception thrown. */
  private List<Object> race(Callable<Object> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        try {
          return task.call();
        } catch (RuntimeException e) {
          return e;
        }
      }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> f : futures) {
      outcomes.add(f.get(60, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  @Test
  void ofWritersThatAllSawVersionZeroExactlyOneRecords() throws Exception {
    plans.save(KEY, PlansContract.samplePlan());

    List<Object> outcomes = race(() -> plans.record(KEY, new ProgressChange("1.1",
        Status.IN_PROGRESS, LocalDate.of(2023, 2, 6), Thread.currentThread().getName(), ""), 0));

    assertThat(outcomes).filteredOn(o -> o instanceof ProgressConflictException).hasSize(WRITERS - 1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof Exception)).hasSize(1);
    assertThat(plans.progress(KEY).version()).isEqualTo(1);
  }

  @Test
  void concurrentSavesOfOneChangedPlanMakeExactlyOneNewRevision() throws Exception {
    plans.save(KEY, PlansContract.samplePlan());
    ActionPlan changed = PlansContract.samplePlan().withPrecedences(List.of());

    List<Object> outcomes = race(() -> plans.save(KEY, changed));

    assertThat(outcomes).containsOnly(new SavedRevision(KEY, 2, true), new SavedRevision(KEY, 2, false));
    assertThat(outcomes).filteredOn(o -> o.equals(new SavedRevision(KEY, 2, true))).hasSize(1);
    assertThat(plans.revisions(KEY)).hasSize(2);
  }

  @Test
  void concurrentFirstSavesOfANewKeyMakeExactlyRevisionOne() throws Exception {
    List<Object> outcomes = race(() -> plans.save(KEY, PlansContract.samplePlan()));

    assertThat(outcomes).filteredOn(o -> o.equals(new SavedRevision(KEY, 1, true))).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.equals(new SavedRevision(KEY, 1, false)))
        .hasSize(WRITERS - 1);
    assertThat(plans.revisions(KEY)).hasSize(1);
  }
}
