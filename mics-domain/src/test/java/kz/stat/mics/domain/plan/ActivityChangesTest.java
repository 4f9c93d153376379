package kz.stat.mics.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;

import org.junit.jupiter.api.Test;

class ActivityChangesTest {

  private static ActionPlan withDeadline(ActionPlan plan, String code, Deadline deadline) {
    return ActionPlan.of(plan.title(), plan.language(), plan.period(), plan.sections().stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.code().equals(code) ? a.withDeadline(deadline) : a).toList()))
        .toList(), plan.executors());
  }

  @Test
  void eachRevisionThatChangedAnActivityCountsOnceWhateverItChanged() {
    ActionPlan one = SeedPlan.plan();
    Deadline january = Deadline.of("Қаңтар 2025",
        List.of(Window.month(YearMonth.of(2025, 1))));
    ActionPlan two = withDeadline(one, "13.4", january);
    ActionPlan three = withDeadline(withDeadline(two, "13.4", january.withText("Қаңтар  2025")),
        "1.1", january);
    Map<String, Integer> counts = ActivityChanges.count(List.of(one, two, two, three));
    assertThat(counts).containsOnly(Map.entry("13.4", 2), Map.entry("1.1", 1));
  }

  @Test
  void oneRevisionChangesNothing() {
    assertThat(ActivityChanges.count(List.of(SeedPlan.plan()))).isEmpty();
    assertThat(ActivityChanges.count(List.of())).isEmpty();
  }

  @Test
  void aPlanWideChangeIsNoActivitysChange() {
    ActionPlan one = SeedPlan.plan();
    ActionPlan retitled = ActionPlan.of("Another title", one.language(), one.period(),
        one.sections(), one.executors());
    assertThat(ActivityChanges.count(List.of(one, retitled))).isEmpty();
  }
}
