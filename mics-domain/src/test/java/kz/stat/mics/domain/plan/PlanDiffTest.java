package kz.stat.mics.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanDiff.Change;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
  private static final Deadline MARCH = Deadline.of("Наурыз 2023",
      List.of(Window.month(YearMonth.of(2023, 3))));

  private static Activity activity(String code, String title, List<String> responsible,
      Deadline deadline, String form, Financing financing) {
    return Activity.of(code, title, responsible, deadline, form, financing);
  }

  private static Activity plain(String code) {
    return activity(code, "Іс-шара " + code, List.of("ХСД"), MARCH, "Хат", Financing.of("РБ"));
  }

  private static ActionPlan plan(String title, YearRange period, Activity... activities) {
    return ActionPlan.of(title, Language.KK, period, List.of(Section.of("1", "s", List.of(activities))),
        ExecutorDirectory.empty());
  }

  @Test
  void aPlanComparedWithItselfHasNoDifference() {
    assertThat(PlanDiff.between(SeedPlan.plan(), SeedPlan.plan()).isEmpty()).isTrue();
  }

  @Test
  void addedAndRemovedCodesAreListedInDocumentOrder() {
    ActionPlan before = plan("P", YearRange.of(2023, 2025), plain("1.1"), plain("1.2"), plain("1.3"));
    ActionPlan after = plan("P", YearRange.of(2023, 2025), plain("1.4"), plain("1.2"), plain("1.0"));

    PlanDiff diff = PlanDiff.between(before, after);

    assertThat(diff.added()).containsExactly("1.4", "1.0");
    assertThat(diff.removed()).containsExactly("1.1", "1.3");
    assertThat(diff.changes()).isEmpty();
  }

  @Test
  void everyChangedFieldOfAnActivityIsOneChange() {
    ActionPlan before = plan("P", YearRange.of(2023, 2025), plain("1.1"));
    ActionPlan after = plan("P", YearRange.of(2023, 2025), activity("1.1", "Жаңа атау",
        List.of("ХСД", "ӘДДБСД"),
        Deadline.of("Наурыз 2023", List.of(Window.until(LocalDate.of(2023, 3, 15)))),
        "Бұйрық", Financing.of("ЮНИСЕФ")));

    assertThat(PlanDiff.between(before, after).changes()).containsExactly(
        new Change("1.1", "title", "Іс-шара 1.1", "Жаңа атау"),
        new Change("1.1", "responsible", "ХСД", "ХСД, ӘДДБСД"),
        new Change("1.1", "deadline", "Наурыз 2023 [2023-03-01..2023-03-31]",
            "Наурыз 2023 [..2023-03-15]"),
        new Change("1.1", "completionForm", "Хат", "Бұйрық"),
        new Change("1.1", "financing", "РБ (STATE_BUDGET)", "ЮНИСЕФ (UNICEF)"));
  }

  @Test
  void aDeadlineWhoseTextAloneChangedIsAChange() {
    ActionPlan before = plan("P", YearRange.of(2023, 2025), plain("1.1"));
    ActionPlan after = plan("P", YearRange.of(2023, 2025), plain("1.1").withDeadline(
        MARCH.withText("наурыз 2023 ж.")));

    assertThat(PlanDiff.between(before, after).changes()).containsExactly(new Change("1.1",
        "deadline", "Наурыз 2023 [2023-03-01..2023-03-31]", "наурыз 2023 ж. [2023-03-01..2023-03-31]"));
  }

  @Test
  void thePlansOwnTitleAndPeriodComeFirstWithAnEmptyCode() {
    ActionPlan before = plan("Жоспар", YearRange.of(2023, 2025), plain("1.1"));
    ActionPlan after = plan("Жаңа жоспар", YearRange.of(2023, 2026),
        plain("1.1").withDeadline(Deadline.unresolved("кейін")));

    assertThat(PlanDiff.between(before, after).changes()).containsExactly(
        new Change(PlanDiff.PLAN, "title", "Жоспар", "Жаңа жоспар"),
        new Change(PlanDiff.PLAN, "period", "2023-2025", "2023-2026"),
        new Change("1.1", "deadline", "Наурыз 2023 [2023-03-01..2023-03-31]", "кейін"));
  }

  @Test
  void aChangedDurationOrTentativeFlagUnderTheSameTextIsAChange() {
    ActionPlan before = plan("P", YearRange.of(2023, 2025), plain("1.1"));
    ActionPlan after = plan("P", YearRange.of(2023, 2025),
        plain("1.1").withDeadline(MARCH.withDurationDays(10).withTentative(true)));

    assertThat(PlanDiff.between(before, after).changes()).containsExactly(new Change("1.1",
        "deadline", "Наурыз 2023 [2023-03-01..2023-03-31]",
        "Наурыз 2023 [2023-03-01..2023-03-31] (10 days) (tentative)"));
  }

  @Test
  void theDirectorySectionTitlesAndMovesBetweenSectionsAreChanges() {
    ActionPlan before = ActionPlan.of("P", Language.KK, YearRange.of(2023, 2025), List.of(
            Section.of("1", "Әдіснама", List.of(plain("1.1"))),
            Section.of("2", "Бюджет", List.of(plain("2.1")))),
        ExecutorDirectory.of(List.of(
            kz.stat.mics.domain.executor.Executor.of("ЗД", "Заң департаменті"),
            kz.stat.mics.domain.executor.Executor.of("АТД", "Ақпараттық технологиялар департаменті"))));
    ActionPlan after = ActionPlan.of("P", Language.KK, YearRange.of(2023, 2025), List.of(
            Section.of("1", "Әдіснамалық қамтамасыз ету", List.of(plain("1.1"), plain("2.1"))),
            Section.of("2", "Бюджет", List.of())),
        ExecutorDirectory.of(List.of(
            kz.stat.mics.domain.executor.Executor.of("ЗД", "Құқық департаменті"),
            kz.stat.mics.domain.executor.Executor.of("СПДД", "Статистикалық процестерді дамыту"))))
        .withPrecedences(List.of(Precedence.of("1.1", "2.1")));

    assertThat(PlanDiff.between(before, after).changes()).containsExactly(
        new Change(PlanDiff.PLAN, "executor ЗД", "Заң департаменті", "Құқық департаменті"),
        new Change(PlanDiff.PLAN, "executor АТД", "Ақпараттық технологиялар департаменті", ""),
        new Change(PlanDiff.PLAN, "executor СПДД", "", "Статистикалық процестерді дамыту"),
        new Change(PlanDiff.PLAN, "section 1", "Әдіснама", "Әдіснамалық қамтамасыз ету"),
        new Change(PlanDiff.PLAN, "precedences", "", "1.1 before 2.1"),
        new Change("2.1", "section", "2", "1"));
  }

  @Test
  void aDuplicatedCodeIsComparedByItsFirstRow() {
    ActionPlan before = plan("P", YearRange.of(2023, 2025), plain("1.1"), plain("1.1"));
    ActionPlan after = plan("P", YearRange.of(2023, 2025), plain("1.1"),
        activity("1.1", "other", List.of(), MARCH, "", Financing.unspecified()));

    assertThat(PlanDiff.between(before, after).isEmpty()).isTrue();
  }
}
