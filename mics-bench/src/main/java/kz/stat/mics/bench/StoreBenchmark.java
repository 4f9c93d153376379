package kz.stat.mics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.persistence.PlanDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store on a warm embedded PostgreSQL (started once per trial in a fresh directory, durable
 * commits as in use): saving the seed changed so that each save is a new revision, and loading the
 * latest revision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoreBenchmark {
  static final PlanKey KEY = PlanKey.of("mics-2023-2025");

  private Path dir;
  private PlanDatabase database;
  private Plans plans;
  private ActionPlan[] variants;
  private int next;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("mics-bench-store");
    database = EmbeddedStore.open(dir);
    plans = database.plans();
    ActionPlan seed = BenchPlans.seed();
    // Two plans that differ in the title, saved in turn: each save differs from the latest.
    variants = new ActionPlan[] {seed, ActionPlan.of(seed.title() + " (қайта қаралған)",
        seed.language(), seed.period(), seed.sections(), seed.executors())};
    plans.save(KEY, variants[0]);
    next = 1;
  }

  @TearDown
  public void tearDown() throws IOException {
    try {
      database.close();
    } finally {
      Directories.delete(dir);
    }
  }

  @Benchmark
  public SavedRevision saveChangedPlan() {
    ActionPlan plan = variants[next];
    next = 1 - next;
    return plans.save(KEY, plan);
  }

  @Benchmark
  public Optional<Revision> loadLatest() {
    return plans.latest(KEY);
  }
}
