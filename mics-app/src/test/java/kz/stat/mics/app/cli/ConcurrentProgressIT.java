package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.application.PlanCatalog.ProgressLog;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress recorded from many threads at once through the use case the {@code progress} command
 * calls, over one store (the embedded store lets one command in at a time, so the command itself
 * cannot race): without an expected version every step is appended, none is refused or lost; with
 * a stale one the step is refused and nothing is written.
 */
class ConcurrentProgressIT {
  static final int WRITERS = 8;
  static final int STEPS = 50;

  @TempDir
  static Path dir;

  static CompositionRoot root;

  private static final String RUN = "mics-" + Long.toString(System.nanoTime(), 36);
  private static final AtomicInteger PLANS = new AtomicInteger();

  @BeforeAll
  static void openTheStore() {
    root = CompositionRoot.of(Optional.ofNullable(System.getenv("MICS_TEST_DB_URL")),
        dir.resolve("store"));
  }

  @AfterAll
  static void closeTheStore() {
    root.close();
  }

  /** The seed stored under a key of its own. */
  static PlanKey storedSeed() {
    PlanKey key = PlanKey.of(RUN + "-" + PLANS.incrementAndGet());
    root.importer().importDocument(FileDocument.of(DocumentCommandsTest.SEED), Optional.of(key));
    return key;
  }

  static RecordProgress.Step step(PlanKey key, String note, OptionalLong expectedVersion) {
    return new RecordProgress.Step(key, ActivityCode.of("13.1"), Status.IN_PROGRESS,
        Optional.of(LocalDate.of(2024, 9, 2)), "writer", note, expectedVersion);
  }

  @Test
  void eightWritersWithoutAnExpectedVersionAreNeverRefusedAndEveryStepIsKept() throws Exception {
    PlanKey key = storedSeed();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> writers = new ArrayList<>();
    try {
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          start.await();
          int recorded = 0;
          for (int s = 0; s < STEPS; s++) {
            root.progress().record(step(key, writer + "/" + s, OptionalLong.empty()));
            recorded++;
          }
          return recorded;
        }));
      }
      start.countDown();
      for (Future<Integer> writer : writers) {
        // a refusal would surface here as an ExecutionException
        assertThat(writer.get(5, TimeUnit.MINUTES)).isEqualTo(STEPS);
      }
    } finally {
      pool.shutdownNow();
    }

    ProgressLog log = root.catalog().progress(key, Optional.empty());
    assertThat(log.version()).isEqualTo(WRITERS * STEPS);
    assertThat(log.events()).hasSize(WRITERS * STEPS);
    Set<Long> sequences = new HashSet<>();
    Set<String> notes = new HashSet<>();
    for (ProgressEvent e : log.events()) {
      sequences.add(e.sequence());
      notes.add(e.note());
    }
    assertThat(sequences).hasSize(WRITERS * STEPS).contains(1L, (long) WRITERS * STEPS);
    assertThat(notes).hasSize(WRITERS * STEPS).contains("0/0", (WRITERS - 1) + "/" + (STEPS - 1));
  }

  @Test
  void aStaleExpectedVersionIsRefusedAndNothingIsStored() {
    PlanKey key = storedSeed();
    root.progress().record(step(key, "first", OptionalLong.of(0)));
    root.progress().record(step(key, "second", OptionalLong.of(1)));

    ProgressConflictException conflict = catchThrowableOfType(ProgressConflictException.class,
        () -> root.progress().record(step(key, "stale", OptionalLong.of(1))));

    assertThat(conflict).isNotNull();
    assertThat(conflict.plan()).isEqualTo(key);
    assertThat(conflict.expectedVersion()).isEqualTo(1);
    assertThat(conflict.actualVersion()).isEqualTo(2);
    ProgressLog log = root.catalog().progress(key, Optional.empty());
    assertThat(log.version()).isEqualTo(2);
    assertThat(log.events()).extracting(ProgressEvent::note).containsExactly("first", "second");
  }
}
