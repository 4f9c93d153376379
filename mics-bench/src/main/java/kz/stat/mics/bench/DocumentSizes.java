package kz.stat.mics.bench;

import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.io.json.JsonPlanWriter;
import kz.stat.mics.io.table.TablePlanWriter;

/**
 * Prints the sizes of the documents the benchmarks read and write, to turn their times into MB/s:
 * {@code java -cp benchmarks.jar kz.stat.mics.bench.DocumentSizes}.
 */
public final class DocumentSizes {
  private DocumentSizes() {}

  public static void main(String[] args) {
    ActionPlan seed = BenchPlans.seed();
    ActionPlan large = BenchPlans.synthetic(BenchPlans.LARGE);
    System.out.printf("seed table text:   %,d bytes%n", BenchPlans.seedText().length);
    System.out.printf("large table text:  %,d bytes%n",
        BenchPlans.written(new TablePlanWriter(), large).length);
    System.out.printf("seed JSON:         %,d bytes%n",
        BenchPlans.written(new JsonPlanWriter(), seed).length);
    System.out.printf("large JSON:        %,d bytes%n",
        BenchPlans.written(new JsonPlanWriter(), large).length);
  }
}
