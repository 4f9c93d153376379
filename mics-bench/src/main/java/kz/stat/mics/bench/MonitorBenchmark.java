package kz.stat.mics.bench;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.progress.PlanProgress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monitoring views on a plan with progress on two activities in three: overdue and status as
 * of 2024-10-01, and the workload over all years. The monitor is built in each operation, as the
 * command does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MonitorBenchmark {
  /** "seed" for the 47-activity seed plan, or a number of synthetic activities. */
  @Param({"seed", "1000", "10000"})
  public String plan;

  private ActionPlan subject;
  private PlanProgress progress;

  @Setup
  public void setUp() {
    subject = plan.equals("seed") ? BenchPlans.seed() : BenchPlans.synthetic(Integer.parseInt(plan));
    progress = BenchPlans.progress(subject);
  }

  @Benchmark
  public ImmutableList<OverdueActivity> overdue() {
    return Monitor.of(subject, progress).overdue(BenchPlans.AS_OF);
  }

  @Benchmark
  public Workload workload() {
    return Monitor.of(subject, progress).workload(Optional.empty());
  }

  @Benchmark
  public StatusSummary status() {
    return Monitor.of(subject, progress).status(BenchPlans.AS_OF);
  }
}
