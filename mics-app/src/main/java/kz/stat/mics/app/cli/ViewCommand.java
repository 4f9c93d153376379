package kz.stat.mics.app.cli;

import java.time.LocalDate;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.application.PlanViews;
import kz.stat.mics.domain.application.Viewed;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the monitoring views share: the plan they look at, and printing where it came from. */
abstract class ViewCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "PLAN",
      description = "A stored plan key, or a plan document (shown as it is, never stored).")
  String plan;

  @Option(names = "--json", description = "Print the result as JSON for scripts.")
  boolean json;

  PlanSource source() {
    return source(plan);
  }

  PlanViews views() {
    return root().views();
  }

  /** {@code day}, or today when it is null. */
  LocalDate dayOr(LocalDate day) {
    return day != null ? day : views().today();
  }

  /** The answer of a view, after saying where a document's plan stands against the store. */
  <T> T answer(Viewed<T> viewed) {
    noteOrigin(plan, viewed.plan());
    return viewed.answer();
  }
}
