package kz.stat.mics.domain.port;

import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * Receives a plan part by part, in the order its document holds them, so that a plan of any size
 * passes through without being held whole. The header comes once, at any point; an activity
 * belongs to the section begun last; executors and precedences may come before or after the
 * sections.
 */
public interface PlanParts {

  /** The plan's title, language and years. */
  void header(String title, Language language, YearRange period);

  /** One entry of the executor directory. */
  void executor(Executor executor);

  /** Begins the next section; the activities that follow belong to it. */
  void section(String number, String title);

  /** The next activity of the section begun last. */
  void activity(Activity activity);

  /** One precedence constraint. */
  void precedence(Precedence precedence);
}
