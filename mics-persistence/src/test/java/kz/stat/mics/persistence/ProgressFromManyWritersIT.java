package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.application.RecordProgress.Step;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Steps of progress recorded through the use case by eight threads at once on one activity, each
 * step on its own connection: without an expected version every step is appended after the others,
 * none is refused; with a stale version the step is refused and nothing is stored.
 */
class ProgressFromManyWritersIT {
  private static final int WRITERS = 8;
  private static final int STEPS = 50;
  private static final PlanKey KEY = PlanKey.of("many-writers");
  private static final String CODE = "2.1";
  private static final LocalDate ON = LocalDate.of(2024, 9, 2);

  private final JooqPlans plans = new JooqPlans(TestDatabases.migrated(),
      TimeSource.fixed(Instant.parse("2024-09-02T09:00:00Z")));
  private final RecordProgress recordProgress = new RecordProgress(plans,
      TimeSource.fixed(Instant.parse("2024-09-02T09:00:00Z")));
  private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

  @BeforeEach
  void saveThePlan() {
    plans.save(KEY, PlansContract.samplePlan());
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
  }

  private static Step step(String actor, OptionalLong expectedVersion) {
    return new Step(KEY, ActivityCode.of(CODE), Status.IN_PROGRESS, Optional.of(ON), actor, "", expectedVersion);
  }

  @Test
  void eightWritersOfFiftyStepsEachWithoutAnExpectedVersionKeepAllFourHundredInOrder()
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      String actor = "writer " + w;
      writers.add(pool.submit(() -> {
        start.await();
        int refused = 0;
        for (int s = 0; s < STEPS; s++) {
          try {
            recordProgress.record(step(actor, OptionalLong.empty()));
          } catch (ProgressConflictException e) {
            refused++;
          }
        }
        return refused;
      }));
    }
    start.countDown();
    int refused = 0;
    for (Future<Integer> w : writers) {
      refused += w.get(90, TimeUnit.SECONDS);
    }

    List<ProgressEvent> events = plans.progress(KEY).events();
    assertThat(refused).isZero();
    assertThat(events).hasSize(WRITERS * STEPS);
    assertThat(events).extracting(ProgressEvent::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
    assertThat(plans.progress(KEY).version()).isEqualTo(400);
    for (int w = 0; w < WRITERS; w++) {
      String actor = "writer " + w;
      assertThat(events).filteredOn(e -> e.actor().equals(actor)).hasSize(STEPS);
    }
    assertThat(events).allSatisfy(e -> {
      assertThat(e.activityCode()).isEqualTo(CODE);
      assertThat(e.status()).isEqualTo(Status.IN_PROGRESS);
      assertThat(e.on()).isEqualTo(ON);
    });
  }

  @Test
  void aStepWithAStaleExpectedVersionIsRefusedAndStoresNothing() {
    recordProgress.record(step("first", OptionalLong.of(0)));
    recordProgress.record(step("second", OptionalLong.of(1)));

    ProgressConflictException refused = catchThrowableOfType(
        () -> recordProgress.record(step("stale", OptionalLong.of(1))),
        ProgressConflictException.class);

    assertThat(refused.plan()).isEqualTo(KEY);
    assertThat(refused.expectedVersion()).isEqualTo(1);
    assertThat(refused.actualVersion()).isEqualTo(2);
    assertThat(plans.progress(KEY).version()).isEqualTo(2);
    assertThat(plans.progress(KEY).events()).extracting(ProgressEvent::actor)
        .containsExactly("first", "second");
  }
}
