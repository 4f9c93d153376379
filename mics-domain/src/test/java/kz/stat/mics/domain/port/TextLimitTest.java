package kz.stat.mics.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import kz.stat.mics.domain.fixtures.InMemoryPlans;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.rules.Finding;
import kz.stat.mics.domain.rules.PlanRules;
import kz.stat.mics.domain.rules.Severity;
import org.junit.jupiter.api.Test;

/** One text of a plan holds at most {@link UnstorableTextException#MAX_TEXT_CHARS} characters. */
class TextLimitTest {
  static final int LIMIT = UnstorableTextException.MAX_TEXT_CHARS;

  /** The seed with the title of activity 1.1 made {@code length} characters long. */
  static ActionPlan seedWithTitleOf(int length) {
    ActionPlan seed = SeedPlan.plan();
    Section first = seed.sections().get(0);
    Activity a = first.activities().get(0);
    Activity longer = Activity.of(a.code(), "Ұ".repeat(length), a.responsible(), a.deadline(),
        a.completionForm(), a.financing());
    ImmutableList<Activity> activities = ImmutableList.<Activity>builder().add(longer)
        .addAll(first.activities().subList(1, first.activities().size())).build();
    ImmutableList<Section> sections = ImmutableList.<Section>builder()
        .add(Section.of(first.number(), first.title(), activities))
        .addAll(seed.sections().subList(1, seed.sections().size())).build();
    return new ActionPlan(seed.title(), seed.language(), seed.period(), sections,
        seed.executors(), seed.precedences());
  }

  @Test
  void theLimitIsAHundredThousandCharacters() {
    assertThat(LIMIT).isEqualTo(100_000);
  }

  @Test
  void aTextOverTheLimitIsRefusedByTheStoreAndReportedByValidation() {
    ActionPlan over = seedWithTitleOf(LIMIT + 1);
    String message = "activity 1.1 title: cell of 100001 characters, over the limit of 100000";
    assertThatThrownBy(() -> new InMemoryPlans().save(PlanKey.of("p"), over))
        .isInstanceOf(UnstorableTextException.class).hasMessage(message);
    assertThat(PlanRules.validate(over)).contains(Finding.onPlan(Severity.ERROR, message));
  }

  @Test
  void aTextAtTheLimitIsStored() {
    assertThatCode(() -> new InMemoryPlans().save(PlanKey.of("p"), seedWithTitleOf(LIMIT)))
        .doesNotThrowAnyException();
  }

  @Test
  void charactersAreCountedAsCharactersNotUtf16Units() {
    ActionPlan plan = seedWithTitleOf(1);
    assertThatCode(() -> UnstorableTextException.check(withTitle(plan, "📊".repeat(LIMIT))))
        .doesNotThrowAnyException();
  }

  private static ActionPlan withTitle(ActionPlan plan, String title) {
    return new ActionPlan(title, plan.language(), plan.period(), plan.sections(),
        plan.executors(), plan.precedences());
  }
}
