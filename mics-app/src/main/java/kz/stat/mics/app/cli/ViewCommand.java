package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import kz.stat.mics.domain.application.ViewedPlan;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.application.PlanViews;
import kz.stat.mics.domain.application.Viewed;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the monitoring views share: the plan they look at, the language of their labels, and
 * printing where the plan came from.
 */
abstract class ViewCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "PLAN", arity = "0..1",
      description = "A stored plan key, or a plan document (shown as it is, never stored).")
  String plan;

  @Option(names = "--json", description = "Print the result as JSON for scripts.")
  boolean json;

  @Mixin
  LanguageOption language;

  PlanSource source() {
    if (plan == null) {
      throw UserError.usage("Missing required parameter: 'PLAN'");
    }
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

  /** The words of a view of {@code opened}: as asked, else the locale's, else the plan's. */
  Words words(ViewedPlan opened) {
    return words(language.asked(), Optional.of(opened.language()));
  }

  /** The day of a view: {@code asOf}, else the day an older option gave, else today. */
  LocalDate asOfOr(LocalDate asOf, LocalDate old, String oldName) {
    if (asOf != null && old != null && !asOf.equals(old)) {
      throw UserError.usage("--as-of " + asOf + " and " + oldName + " " + old
          + " disagree; give --as-of alone");
    }
    return dayOr(asOf != null ? asOf : old);
  }
}
