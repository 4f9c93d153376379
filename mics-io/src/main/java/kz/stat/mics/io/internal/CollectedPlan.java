package kz.stat.mics.io.internal;

import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.PlanParts;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * The parts of a plan gathered into the whole plan: how a reader that streams gives a whole
 * document to the callers that want one.
 */
public final class CollectedPlan implements PlanParts {
  private String title;
  private Language language;
  private YearRange period;
  private final List<Executor> executors = new ArrayList<>();
  private final List<String[]> sections = new ArrayList<>();
  private final List<List<Activity>> activities = new ArrayList<>();
  private final List<Precedence> precedences = new ArrayList<>();

  @Override
  public void header(String title, Language language, YearRange period) {
    this.title = title;
    this.language = language;
    this.period = period;
  }

  @Override
  public void executor(Executor executor) {
    executors.add(executor);
  }

  @Override
  public void section(String number, String title) {
    sections.add(new String[] {number, title});
    activities.add(new ArrayList<>());
  }

  @Override
  public void activity(Activity activity) {
    checkState(!activities.isEmpty(), "an activity comes after the section it belongs to");
    activities.get(activities.size() - 1).add(activity);
  }

  @Override
  public void precedence(Precedence precedence) {
    precedences.add(precedence);
  }

  /** The plan of every part received. */
  public ActionPlan plan() {
    checkState(title != null, "the plan's header never came");
    List<Section> built = new ArrayList<>();
    for (int k = 0; k < sections.size(); k++) {
      built.add(Section.of(sections.get(k)[0], sections.get(k)[1], activities.get(k)));
    }
    return ActionPlan.of(title, language, period, built, ExecutorDirectory.of(executors))
        .withPrecedences(precedences);
  }
}
