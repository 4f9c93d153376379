package kz.stat.mics.bench;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.io.table.TablePlanReader;
import kz.stat.mics.io.table.TablePlanWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The table text export: reading the seed (16 KB, 47 activities) from memory, and writing and
 * reading back a synthetic plan of 10,000 activities (every deadline parsed again on the way in).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TableDocumentBenchmark {
  private final TablePlanReader reader = new TablePlanReader();
  private final TablePlanWriter writer = new TablePlanWriter();
  private byte[] seedText;
  private ActionPlan large;
  private byte[] largeText;

  @Setup
  public void setUp() {
    seedText = BenchPlans.seedText();
    large = BenchPlans.synthetic(BenchPlans.LARGE);
    largeText = BenchPlans.written(writer, large);
  }

  @Benchmark
  public ActionPlan readSeed() {
    return reader.read("seed", new ByteArrayInputStream(seedText));
  }

  @Benchmark
  public ActionPlan readLarge() {
    return reader.read("large", new ByteArrayInputStream(largeText));
  }

  @Benchmark
  public byte[] writeLarge() {
    return BenchPlans.written(writer, large);
  }
}
