package kz.stat.mics.bench;

import java.nio.file.Path;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.persistence.PlanDatabase;

/**
 * Makes an embedded store holding the seed plan in the given directory and stops it, in its own
 * JVM, so that {@link ColdStartBenchmark} then meets an existing store from a JVM that has loaded
 * none of the store's classes: the state a command finds.
 */
public final class PrepareStore {
  private PrepareStore() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: PrepareStore DATA_DIR");
      System.exit(2);
    }
    try (PlanDatabase database = EmbeddedStore.open(Path.of(args[0]))) {
      database.plans().save(StoreBenchmark.KEY, BenchPlans.seed());
    }
  }
}
