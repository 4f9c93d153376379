package kz.stat.mics.bench;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.RevisionSummary;
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
 * Listing the revisions of a large plan ({@code Plans.revisions}, what {@code mics revisions}
 * asks): 20 revisions of 20,000 activities each, in an embedded store made once per trial in a
 * fresh directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class RevisionsBenchmark {
  static final PlanKey KEY = PlanKey.of("large");
  static final int REVISIONS = 20;
  static final int ACTIVITIES = 20_000;

  private Path dir;
  private PlanDatabase database;
  private Plans plans;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("mics-bench-revisions");
    database = EmbeddedStore.open(dir);
    plans = database.plans();
    ActionPlan plan = BenchPlans.synthetic(ACTIVITIES);
    for (int r = 1; r <= REVISIONS; r++) {
      // a title of its own makes each save a new revision of all the activities
      plans.save(KEY, ActionPlan.of(plan.title() + " " + r, plan.language(), plan.period(),
          plan.sections(), plan.executors()));
    }
    List<RevisionSummary> revisions = plans.revisions(KEY);
    checkState(revisions.size() == REVISIONS, "made %s revisions", revisions.size());
    checkState(revisions.stream().allMatch(r -> r.activities() == ACTIVITIES),
        "a revision without its %s activities: %s", ACTIVITIES, revisions);
  }

  @TearDown
  public void tearDown() {
    try {
      database.close();
    } finally {
      Directories.delete(dir);
    }
  }

  @Benchmark
  public List<RevisionSummary> revisions() {
    return plans.revisions(KEY);
  }
}
