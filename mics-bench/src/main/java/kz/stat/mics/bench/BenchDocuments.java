package kz.stat.mics.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.io.csv.CsvPlanWriter;
import kz.stat.mics.io.json.JsonPlanWriter;

/**
 * Writes the deterministic synthetic plan of N activities ({@link BenchPlans#synthetic}) as JSON
 * and CSV, for the benchmark script: {@code java -cp benchmarks.jar
 * kz.stat.mics.bench.BenchDocuments N DIR} writes {@code DIR/plan-N.json} and {@code .csv}.
 */
public final class BenchDocuments {
  private BenchDocuments() {}

  public static void main(String[] args) throws IOException {
    int activities = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    ActionPlan plan = BenchPlans.synthetic(activities);
    try (OutputStream out = Files.newOutputStream(dir.resolve("plan-" + activities + ".json"))) {
      new JsonPlanWriter().write(plan, out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("plan-" + activities + ".csv"))) {
      new CsvPlanWriter().write(plan, out);
    }
  }
}
