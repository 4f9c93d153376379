package kz.stat.mics.bench;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.io.json.JsonPlanReader;
import kz.stat.mics.io.json.JsonPlanWriter;
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

/** The JSON document: writing and reading the seed and a synthetic plan of 10,000 activities. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class JsonDocumentBenchmark {
  /** "seed" for the 47-activity seed plan, or a number of synthetic activities. */
  @Param({"seed", "10000"})
  public String plan;

  private final JsonPlanReader reader = new JsonPlanReader();
  private final JsonPlanWriter writer = new JsonPlanWriter();
  private ActionPlan subject;
  private byte[] json;

  @Setup
  public void setUp() {
    subject = plan.equals("seed") ? BenchPlans.seed() : BenchPlans.synthetic(Integer.parseInt(plan));
    json = BenchPlans.written(writer, subject);
  }

  @Benchmark
  public byte[] write() {
    return BenchPlans.written(writer, subject);
  }

  @Benchmark
  public ActionPlan read() {
    return reader.read(plan, new ByteArrayInputStream(json));
  }
}
