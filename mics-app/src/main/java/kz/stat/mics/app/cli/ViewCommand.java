package kz.stat.mics.app.cli;

import java.time.LocalDate;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.plan.PlanKey;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the monitoring views share: the plan they look at, and its progress. */
abstract class ViewCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "PLAN",
      description = "A stored plan key, or a plan document (imported first, idempotently).")
  String plan;

  @Option(names = "--json", description = "Print the result as JSON for scripts.")
  boolean json;

  private PlanKey key;

  PlanKey key() {
    if (key == null) {
      key = resolve(plan);
    }
    return key;
  }

  Monitor monitor() {
    PlanKey k = key();
    return Monitor.of(latest(k).plan(), plans().progress(k));
  }

  LocalDate today() {
    return mics.workspace.today();
  }
}
