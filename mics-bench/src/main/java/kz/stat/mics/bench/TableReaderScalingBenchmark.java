package kz.stat.mics.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.bench.TableTextDocuments.Shape;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.io.table.TablePlanReader;
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
 * How reading the table text grows with the document, from 10,000 to 1,000,000 lines: the reader
 * beside a raw reference that reads the same bytes line by line with a {@link BufferedReader} and
 * does nothing else, so that the ratio of the two says what the reader adds per line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class TableReaderScalingBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int lines;

  @Param({"ACTIVITIES", "LONG_CELL"})
  public Shape shape;

  private final TablePlanReader reader = new TablePlanReader();
  private byte[] document;

  @Setup
  public void setUp() {
    document = TableTextDocuments.generate(lines, shape);
  }

  @Benchmark
  public ActionPlan reader() {
    return reader.read("generated", new ByteArrayInputStream(document));
  }

  /** The same bytes decoded and split into lines, the least any reader of them must do. */
  @Benchmark
  public long rawLines() throws IOException {
    long chars = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ByteArrayInputStream(document), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        chars += line.length();
      }
    }
    return chars;
  }
}
