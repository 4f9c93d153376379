package kz.stat.mics.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.schedule.DeadlineReading;
import kz.stat.mics.domain.schedule.Window;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
  private static final ActionPlan SEED = SeedPlan.plan();

  @Test
  void theSeedPlanGivesOnlyTheNoticeThatSixPointThreeIsTentative() {
    // Every executor of the seed is an abbreviation of its note or one of the four written-out
    // executors that KnownExecutors lists; every window lies in 2023-2025; 8.1-8.4 last 10 or 3
    // days within a whole month.
    assertThat(PlanRules.validate(SEED)).containsExactly(Finding.about(Severity.NOTICE, "6.3",
        "deadline \"Қаңтар-наурыз 2025 (нақтылануда)\" is tentative"));
  }

  @Test
  void textNoStoreCanKeepIsAnError() {
    ActionPlan plan = withActivity(SEED, "11.2", a -> Activity.of(a.code(), "Листинг \ud800",
        a.responsible(), a.deadline(), a.completionForm(), a.financing()));

    assertThat(PlanRules.validate(plan)).contains(Finding.onPlan(Severity.ERROR,
        "activity 11.2 title contains half of a UTF-16 surrogate pair (U+D800), which cannot be "
            + "stored"));
  }

  @Test
  void aCodeListedTwiceIsAnError() {
    ActionPlan plan = withSections(SEED, sections -> {
      Section listing = sections.get(10);
      Activity copy = listing.activities().get(1);
      return replace(sections, 10, Section.of(listing.number(), listing.title(),
          ImmutableList.<Activity>builder().addAll(listing.activities()).add(copy).build()));
    });

    assertThat(errorsAndWarnings(plan)).containsExactly(
        Finding.about(Severity.ERROR, "11.2", "activity code 11.2 appears more than once"));
  }

  @Test
  void aCodeOutsideItsSectionIsAnError() {
    ActionPlan plan = withActivity(SEED, "12.1", a -> Activity.of("11.7", a.title(),
        a.responsible(), a.deadline(), a.completionForm(), a.financing()));

    assertThat(errorsAndWarnings(plan)).containsExactly(
        Finding.about(Severity.ERROR, "11.7", "activity code 11.7 does not belong to section 12"));
  }

  @Test
  void anExecutorNeitherInTheDirectoryNorKnownIsAWarning() {
    ActionPlan plan = withActivity(SEED, "11.2", a -> Activity.of(a.code(), a.title(),
        List.of("ҚР СЖРА ҰСБ аумақтық бөлімшелер", "ХСДД"), a.deadline(), a.completionForm(),
        a.financing()));

    assertThat(errorsAndWarnings(plan)).containsExactly(Finding.about(Severity.WARNING, "11.2",
        "responsible executor \"ХСДД\" is neither in the plan's list of abbreviations nor a known"
            + " executor"));
  }

  @Test
  void anExecutorWrittenOutInFullIsFoundInTheDirectory() {
    ActionPlan plan = withActivity(SEED, "13.4", a -> Activity.of(a.code(), a.title(),
        List.of("Ақпараттық  технологиялар департаменті"), a.deadline(), a.completionForm(),
        a.financing()));

    assertThat(errorsAndWarnings(plan)).isEmpty();
  }

  @Test
  void aWindowOutsideThePlanPeriodIsAWarning() {
    ActionPlan plan = withActivity(SEED, "14.5", a -> a.withDeadline(Deadline.of("Маусым 2026",
        List.of(Window.month(YearMonth.of(2026, 6))))));

    assertThat(errorsAndWarnings(plan)).containsExactly(Finding.about(Severity.WARNING, "14.5",
        "deadline window 2026-06-01..2026-06-30 lies outside the plan period 2023-2025"));
  }

  @Test
  void aDurationLongerThanItsWindowIsAWarning() {
    ActionPlan plan = withActivity(SEED, "8.1", a -> a.withDeadline(
        Deadline.of("Маусым 2023 (40 күн)", List.of(Window.month(YearMonth.of(2023, 6))))
            .withDurationDays(40)));

    assertThat(errorsAndWarnings(plan)).containsExactly(Finding.about(Severity.WARNING, "8.1",
        "duration of 40 days is longer than its window 2023-06-01..2023-06-30 (30 days)"));
  }

  @Test
  void anUnresolvedDeadlineIsAWarningThatGivesTheParsersReason() {
    String text = "когда-нибудь потом";
    ActionPlan plan = withActivity(SEED, "2.2", a -> a.withDeadline(Deadline.unresolved(text)));
    DeadlineReading reading = DeadlineParser.read(text,
        DeadlineContext.of(SEED.language()).withYears(SEED.period()));
    String reason = reading instanceof DeadlineReading.NotUnderstood n
        ? n.reason() : "deadline was not resolved";

    assertThat(errorsAndWarnings(plan)).containsExactly(Finding.about(Severity.WARNING, "2.2",
        "deadline \"когда-нибудь потом\" could not be read: " + reason));
  }

  @Test
  void theMicsOrderOfListingSampleFieldworkAndReportsIsKept() {
    List<Precedence> order = List.of(Precedence.of("11.2", "11.4"), Precedence.of("13.1", "13.5"),
        Precedence.of("14.1", "14.3"));

    assertThat(PlanRules.validate(SEED, order)).containsExactly(Finding.about(Severity.NOTICE,
        "6.3", "deadline \"Қаңтар-наурыз 2025 (нақтылануда)\" is tentative"));
  }

  @Test
  void trainingAndPretestInTheSameMonthCannotBeShownInOrder() {
    assertThat(PlanRules.validate(SEED, List.of(Precedence.of("8.1", "8.2"))))
        .filteredOn(f -> f.message().startsWith("precedence"))
        .containsExactly(Finding.about(Severity.NOTICE, "8.2", "precedence 8.1 before 8.2 cannot"
            + " be shown at month precision: 8.1 (Маусым 2023 (10 күн)) and 8.2 (Маусым 2023 (3"
            + " күн)) overlap"));
  }

  @Test
  void processingBeforeFieldworkIsCertainlyBroken() {
    assertThat(PlanRules.validate(SEED, List.of(Precedence.of("13.5", "13.1"))))
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .containsExactly(Finding.about(Severity.ERROR, "13.1", "precedence 13.5 before 13.1 is"
            + " broken: 13.5 cannot finish before 2025-01-01 but 13.1 must start by 2024-11-30"));
  }

  @Test
  void aCampaignWithAnAutumnWaveCannotFinishBeforeASummerActivity() {
    // 10.1 runs in March-April and again in September-November 2024: it finishes in the autumn.
    assertThat(PlanRules.validate(SEED, List.of(Precedence.of("10.1", "11.4"))))
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::activityCode)
        .containsExactly(Optional.of("11.4"));
  }

  @Test
  void thePlansOwnPrecedencesAreChecked() {
    ActionPlan plan = SEED.withPrecedences(List.of(Precedence.of("14.3", "14.1")));

    assertThat(errorsAndWarnings(plan)).containsExactly(Finding.about(Severity.ERROR, "14.1",
        "precedence 14.3 before 14.1 is broken: 14.3 cannot finish before 2025-05-01 but 14.1"
            + " must start by 2025-04-30"));
  }

  @Test
  void aPrecedenceNamingAnUnknownActivityIsAnError() {
    assertThat(errorsAndWarnings(SEED, List.of(Precedence.of("11.2", "99.9"))))
        .containsExactly(Finding.about(Severity.ERROR, "99.9",
            "precedence 11.2 before 99.9 names an activity that is not in the plan: 99.9"));
  }

  @Test
  void aCycleAmongPrecedencesIsAnErrorThatNamesIt() {
    List<Precedence> cycle = List.of(Precedence.of("11.2", "11.3"), Precedence.of("11.3", "11.2"));

    assertThat(errorsAndWarnings(SEED, cycle)).containsExactly(
        Finding.about(Severity.ERROR, "11.2", "precedence 11.3 before 11.2 is broken: 11.3 cannot"
            + " finish before 2024-06-01 but 11.2 must start by 2024-05-31"),
        Finding.onPlan(Severity.ERROR, "precedence constraints form a cycle: 11.2 -> 11.3 -> 11.2"));
  }

  @Test
  void aLongerCycleIsNamedOnceFromItsFirstListedActivity() {
    List<Precedence> cycle = List.of(Precedence.of("14.1", "14.2"), Precedence.of("14.2", "14.3"),
        Precedence.of("14.3", "14.1"), Precedence.of("14.2", "14.1"));

    assertThat(PlanRules.validate(SEED, cycle))
        .filteredOn(f -> f.activityCode().isEmpty())
        .extracting(Finding::message)
        .containsExactly("precedence constraints form a cycle: 14.1 -> 14.2 -> 14.3 -> 14.1",
            "precedence constraints form a cycle: 14.1 -> 14.2 -> 14.1");
  }

  @Test
  void aPlanWithNothingInItIsOnlyWarnedAboutBeingEmpty() {
    ActionPlan empty = ActionPlan.of("", SEED.language(), SEED.period(), List.of(),
        SEED.executors());

    assertThat(PlanRules.validate(empty)).containsExactly(
        Finding.onPlan(Severity.WARNING, "the plan is empty: it has no sections"));
  }

  private static ImmutableList<Finding> errorsAndWarnings(ActionPlan plan) {
    return errorsAndWarnings(plan, List.of());
  }

  private static ImmutableList<Finding> errorsAndWarnings(ActionPlan plan, List<Precedence> extra) {
    return PlanRules.validate(plan, extra).stream()
        .filter(f -> f.severity() != Severity.NOTICE)
        .collect(ImmutableList.toImmutableList());
  }

  private static ActionPlan withActivity(ActionPlan plan, String code, UnaryOperator<Activity> change) {
    return withSections(plan, sections -> sections.stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.code().equals(code) ? change.apply(a) : a)
            .toList()))
        .collect(ImmutableList.toImmutableList()));
  }

  private static ActionPlan withSections(ActionPlan plan,
      UnaryOperator<ImmutableList<Section>> change) {
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        change.apply(plan.sections()), plan.executors(), plan.precedences());
  }

  private static ImmutableList<Section> replace(List<Section> sections, int index, Section s) {
    ImmutableList.Builder<Section> out = ImmutableList.builder();
    for (int i = 0; i < sections.size(); i++) {
      out.add(i == index ? s : sections.get(i));
    }
    return out.build();
  }
}
