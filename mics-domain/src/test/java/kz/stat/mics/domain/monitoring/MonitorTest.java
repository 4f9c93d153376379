package kz.stat.mics.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.Test;

class MonitorTest {
  private static final ActionPlan SEED = SeedPlan.plan();
  private static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);
  private static final Monitor UNTOUCHED = Monitor.of(SEED, PlanProgress.none());

  /** Every activity whose last window ended by 30 September 2024, worked out from the plan. */
  private static final List<String> OVERDUE_ON_OCTOBER_1 = List.of(
      "1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2",
      "7.1", "7.2", "7.3", "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "10.2", "10.3",
      "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "12.1");

  @Test
  void withNoProgressEveryActivityDueBeforeOctoberIsOverdueOnTheFirst() {
    // Not overdue: 6.3 (to March 2025), 10.1 (to November 2024), 13.1-13.5 (November 2024 to
    // March 2025), 14.1-14.6 (2025), 15.1 and 15.2 (to April 2025).
    ImmutableList<OverdueActivity> overdue = UNTOUCHED.overdue(OCTOBER_1);

    assertThat(overdue).extracting(o -> o.activity().code())
        .containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    assertThat(overdue).hasSize(47 - 15);
  }

  @Test
  void daysOverdueCountFromTheLastDayOfTheLastWindow() {
    ImmutableList<OverdueActivity> overdue = UNTOUCHED.overdue(OCTOBER_1);

    assertThat(find(overdue, "10.3")).isEqualTo(new OverdueActivity(activity("10.3"),
        LocalDate.of(2024, 9, 30), Status.PLANNED, 1));
    assertThat(find(overdue, "12.1").daysOverdue()).isEqualTo(31);
    // 2023-02-28 to 2024-02-28 is 365 days, then 29+31+30+31+30+31+31 to 2024-09-28, then 3.
    assertThat(find(overdue, "1.1").daysOverdue()).isEqualTo(581);
  }

  @Test
  void anActivityDueTodayIsNotYetOverdue() {
    assertThat(UNTOUCHED.overdue(LocalDate.of(2024, 9, 30)))
        .extracting(o -> o.activity().code())
        .doesNotContain("10.3")
        .contains("12.1");
  }

  @Test
  void onTheFirstOfOctoberTheCampaignFieldworkAndArchivingAreActive() {
    assertThat(UNTOUCHED.active(OCTOBER_1)).extracting(Activity::code)
        .containsExactly("10.1", "13.1", "13.2", "13.3", "15.1", "15.2");
  }

  @Test
  void aDoneOrCancelledActivityIsNoLongerActive() {
    Monitor monitor = Monitor.of(SEED, progress(
        event(1, "13.1", Status.DONE, LocalDate.of(2024, 9, 30)),
        event(2, "15.2", Status.CANCELLED, LocalDate.of(2024, 9, 2))));

    assertThat(monitor.active(OCTOBER_1)).extracting(Activity::code)
        .containsExactly("10.1", "13.2", "13.3", "15.1");
  }

  @Test
  void listingDoneNineteenDaysAfterItsDueDateIsLate() {
    Monitor monitor = Monitor.of(SEED, progress(
        event(1, "11.2", Status.IN_PROGRESS, LocalDate.of(2024, 4, 2)),
        event(2, "11.2", Status.DONE, LocalDate.of(2024, 6, 19))));

    assertThat(monitor.late()).containsExactly(new LateActivity(activity("11.2"),
        LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 19), 19));
    assertThat(monitor.overdue(OCTOBER_1)).extracting(o -> o.activity().code())
        .doesNotContain("11.2").hasSize(31);
  }

  @Test
  void progressThatTookEffectAfterTheAsOfDateIsNotYetKnown() {
    Monitor monitor = Monitor.of(SEED, progress(
        event(1, "11.2", Status.IN_PROGRESS, LocalDate.of(2024, 4, 2)),
        event(2, "11.2", Status.DONE, LocalDate.of(2024, 6, 19))));
    LocalDate june1 = LocalDate.of(2024, 6, 1);

    assertThat(monitor.overdue(june1)).extracting(o -> o.activity().code()).contains("11.2");
    assertThat(monitor.overdue(june1)).filteredOn(o -> o.activity().code().equals("11.2"))
        .singleElement().satisfies(o -> {
          assertThat(o.status()).isEqualTo(Status.IN_PROGRESS);
          assertThat(o.daysOverdue()).isEqualTo(1);
        });
    assertThat(monitor.status(june1).done()).isZero();
    assertThat(monitor.status(june1).inProgress()).isEqualTo(1);
    assertThat(monitor.status(LocalDate.of(2024, 3, 1)).planned()).isEqualTo(47);
    assertThat(monitor.active(LocalDate.of(2024, 5, 15))).extracting(Activity::code)
        .contains("11.2");
    assertThat(monitor.asOf(june1).late()).isEmpty();
    assertThat(monitor.status(OCTOBER_1).done()).isEqualTo(1);
  }

  @Test
  void anActivityDoneOnTimeIsNotLate() {
    Monitor monitor = Monitor.of(SEED, progress(
        event(1, "11.2", Status.DONE, LocalDate.of(2024, 5, 31))));

    assertThat(monitor.late()).isEmpty();
  }

  @Test
  void dueListsOpenActivitiesWhoseDueDateFallsInTheRange() {
    Monitor monitor = Monitor.of(SEED, progress(
        event(1, "13.2", Status.DONE, LocalDate.of(2024, 11, 20))));

    assertThat(monitor.due(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31)))
        .extracting(d -> d.activity().code(), DueActivity::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("10.1", LocalDate.of(2024, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("13.1", LocalDate.of(2024, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("13.3", LocalDate.of(2024, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("13.4", LocalDate.of(2024, 12, 31)));
  }

  @Test
  void theSummaryOnTheFirstOfOctoberCountsTheOverdueAndNamesWhatStartsNext() {
    StatusSummary summary = UNTOUCHED.status(OCTOBER_1);

    assertThat(summary.activities()).isEqualTo(47);
    assertThat(summary.planned()).isEqualTo(47);
    assertThat(summary.done()).isZero();
    assertThat(summary.inProgress()).isZero();
    assertThat(summary.overdue()).isEqualTo(32);
    assertThat(summary.dueSoon()).isZero();
    assertThat(summary.overdueList()).extracting(o -> o.activity().code())
        .containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    // 13.4 opens on 1 December 2024; 6.3 and 13.5 on 1 January 2025; 14.1 and 14.2 on 1 April 2025
    // (14.4 and 14.6 open that day too, but come later in the plan).
    assertThat(summary.startsNext()).extracting(u -> u.activity().code(), UpcomingActivity::starts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("13.4", LocalDate.of(2024, 12, 1)),
            org.assertj.core.groups.Tuple.tuple("6.3", LocalDate.of(2025, 1, 1)),
            org.assertj.core.groups.Tuple.tuple("13.5", LocalDate.of(2025, 1, 1)),
            org.assertj.core.groups.Tuple.tuple("14.1", LocalDate.of(2025, 4, 1)),
            org.assertj.core.groups.Tuple.tuple("14.2", LocalDate.of(2025, 4, 1)));
  }

  @Test
  void theSummaryCountsWhatIsDueInTheNextThirtyDays() {
    Monitor monitor = Monitor.of(SEED, progress(
        event(1, "13.1", Status.IN_PROGRESS, LocalDate.of(2024, 9, 2)),
        event(2, "10.1", Status.DONE, LocalDate.of(2024, 11, 10))));

    StatusSummary summary = monitor.status(LocalDate.of(2024, 11, 15));

    assertThat(summary.done()).isEqualTo(1);
    assertThat(summary.inProgress()).isEqualTo(1);
    assertThat(summary.planned()).isEqualTo(45);
    assertThat(summary.dueSoonList()).extracting(d -> d.activity().code())
        .containsExactly("13.1", "13.2", "13.3");
    assertThat(summary.dueSoon()).isEqualTo(3);
  }

  @Test
  void theWorkloadSpansThePlanPeriodWithOneRowPerExecutorInOrderOfFirstAppearance() {
    Workload workload = UNTOUCHED.workload(Optional.empty());

    assertThat(workload.months()).hasSize(36)
        .startsWith(YearMonth.of(2023, 1)).endsWith(YearMonth.of(2025, 12));
    assertThat(workload.rows()).extracting(ExecutorLoad::executor).containsExactly(
        "ХСД", "ӘДДБСД", "ӘЖД", "мемлекеттік органдар және мүдделі ұйымдар",
        "ҚР СЖРА ҰСБ аумақтық бөлімшелер", "СТЖД", "ҰСД", "АТД",
        "ҚР СЖРА ҰСБ Қарағанды облысы бойынша департаменті", "ЗД", "Баспасөз қызметі",
        "АҚжМҚҚБ", "СПДД");
  }

  @Test
  void inJuly2023ThePopulationStatisticsDepartmentLeadsSixActivitiesAndHelpsInFive() {
    // Lead: 8.3, 8.4, 9.1, 9.2, 9.3, 15.1. Co-executor: 4.1, 4.2, 7.1, 7.2, 7.3.
    Workload workload = UNTOUCHED.workload(Optional.empty());

    assertThat(workload.load("ХСД", YearMonth.of(2023, 7))).isEqualTo(new Load(6, 5));
    assertThat(workload.row("ХСД").orElseThrow().overloadedMonths()).contains(YearMonth.of(2023, 7));
    // 13.2 and 15.2 as the lead, 13.1 as a co-executor.
    assertThat(workload.load("АТД", YearMonth.of(2024, 10))).isEqualTo(new Load(2, 1));
  }

  @Test
  void theAdministrativeDepartmentIsBusiestInJuly2023() {
    // Lead of 2.1 (February-May 2023) and 7.1-7.3 (July 2023); co-executor of 9.2 (July-August).
    Workload workload = UNTOUCHED.workload(Optional.empty());
    ExecutorLoad admin = workload.row("ӘЖД").orElseThrow();

    assertThat(admin.total()).isEqualTo(new Load(7, 2));
    assertThat(admin.busiestMonth()).contains(YearMonth.of(2023, 7));
    assertThat(admin.isOverloaded()).isFalse();
    assertThat(UNTOUCHED.withOverloadThreshold(3).workload(Optional.empty()).row("ӘЖД")
        .orElseThrow().overloadedMonths()).containsExactly(YearMonth.of(2023, 7));
  }

  @Test
  void smallExecutorsCarryWhatThePlanGivesThem() {
    Workload workload = UNTOUCHED.workload(Optional.empty());

    assertThat(workload.row("ЗД").orElseThrow().total()).isEqualTo(new Load(0, 3));
    assertThat(workload.row("ҰСД").orElseThrow().total()).isEqualTo(new Load(0, 5));
    assertThat(workload.row("СПДД").orElseThrow().total()).isEqualTo(new Load(0, 6));
    assertThat(workload.row("АҚжМҚҚБ").orElseThrow().total()).isEqualTo(new Load(3, 0));
  }

  @Test
  void anExecutorWrittenOutInFullSharesTheRowOfItsAbbreviation() {
    ActionPlan plan = withResponsible(SEED, "2.2", List.of("Халық статистикасы  департаменті"));
    Workload before = UNTOUCHED.workload(Optional.empty());
    Workload after = Monitor.of(plan, PlanProgress.none()).workload(Optional.empty());

    assertThat(after.rows()).extracting(ExecutorLoad::executor)
        .containsExactlyElementsOf(before.rows().stream().map(ExecutorLoad::executor).toList());
    assertThat(after.row("ХСД").orElseThrow().total())
        .isEqualTo(before.row("ХСД").orElseThrow().total());
  }

  @Test
  void theWorkloadOfOneYearHasTwelveMonthsAndOnlyTheExecutorsBusyThen() {
    Workload year2025 = UNTOUCHED.workload(Optional.of(2025));

    assertThat(year2025.months()).hasSize(12).startsWith(YearMonth.of(2025, 1));
    // 2025: 6.3, 13.5, 14.1-14.6, 15.1, 15.2.
    assertThat(year2025.rows()).extracting(ExecutorLoad::executor)
        .containsExactly("ХСД", "АТД", "СПДД");
    assertThat(year2025.load("АТД", YearMonth.of(2025, 4))).isEqualTo(new Load(1, 1));
  }

  @Test
  void theStateBudgetPaysForThirteenActivitiesAndUnicefForFour() {
    // UNICEF: 4.2 (2 months), 6.1 (1), 6.2 (2), 6.3 (3). State budget: 2.1 (4), 7.1-7.3 (1 each),
    // 8.1-8.4 (1 each), 9.2 (2), 11.1 (1), 11.2 (2), 12.1 (1), 13.1 (3). The other 30 need none;
    // 15.1 alone runs 26 months and 15.2 13.
    assertThat(UNTOUCHED.funding()).containsExactly(
        new Funding(FinancingSource.STATE_BUDGET, 13, 20),
        new Funding(FinancingSource.UNICEF, 4, 8),
        new Funding(FinancingSource.NOT_REQUIRED, 30, 95));
  }

  @Test
  void aCampaignInTwoWavesTouchesFiveMonths() {
    assertThat(UNTOUCHED.monthsOf(activity("10.1"))).containsExactly(
        YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 9),
        YearMonth.of(2024, 10), YearMonth.of(2024, 11));
  }

  private static Activity activity(String code) {
    return SEED.activity(code).orElseThrow();
  }

  private static OverdueActivity find(List<OverdueActivity> list, String code) {
    return list.stream().filter(o -> o.activity().code().equals(code)).findFirst().orElseThrow();
  }

  private static ProgressEvent event(long sequence, String code, Status status, LocalDate on) {
    return new ProgressEvent(sequence, code, status, on, Instant.parse("2024-10-01T09:00:00Z"),
        "test", "");
  }

  private static PlanProgress progress(ProgressEvent... events) {
    return PlanProgress.of(List.of(events));
  }

  private static ActionPlan withResponsible(ActionPlan plan, String code, List<String> names) {
    return new ActionPlan(plan.title(), plan.language(), plan.period(), plan.sections().stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.code().equals(code) ? Activity.of(a.code(), a.title(), names,
                a.deadline(), a.completionForm(), a.financing()) : a)
            .toList()))
        .collect(ImmutableList.toImmutableList()), plan.executors(), plan.precedences());
  }
}
