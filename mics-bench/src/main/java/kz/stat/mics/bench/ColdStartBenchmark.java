package kz.stat.mics.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.persistence.PlanDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a command pays to reach its data: starting the embedded PostgreSQL on an existing store and
 * loading the latest revision of the seed, once per fresh JVM, with the launcher's JVM options. The
 * store is made beforehand by {@link PrepareStore} in a separate JVM so that this one starts cold.
 * Run it on its own (its forks and single shot are set here): {@code java -jar benchmarks.jar
 * ColdStart}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {
  private Path dir;
  private PlanDatabase database;

  @Setup(Level.Trial)
  public void makeStore() throws IOException, InterruptedException {
    dir = Files.createTempDirectory("mics-bench-cold");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        PrepareStore.class.getName(), dir.toString()))
        .redirectOutput(new File("/dev/null"))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("could not make the store in " + dir);
    }
  }

  @Benchmark
  public Optional<Revision> openExistingStoreAndLoadLatest() {
    database = EmbeddedStore.open(dir);
    return database.plans().latest(StoreBenchmark.KEY);
  }

  @TearDown(Level.Iteration)
  public void stopServer() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @TearDown(Level.Trial)
  public void deleteStore() {
    Directories.delete(dir);
  }
}
