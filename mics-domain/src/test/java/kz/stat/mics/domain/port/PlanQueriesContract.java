package kz.stat.mics.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import kz.stat.mics.domain.application.MonitorQueries;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.ActivityStatus;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.Load;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlanQueries} answers, as one abstract test: the domain's monitor over a loaded
 * plan and the store's own queries give the same, hand-checked answers on the seed plan, and the
 * same answers as the monitor on generated plans with progress.
 */
public abstract class PlanQueriesContract {
  protected static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");
  private static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);
  private static final List<String> OVERDUE_ON_OCTOBER_1 = List.of(
      "1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2",
      "7.1", "7.2", "7.3", "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "10.2", "10.3",
      "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "12.1");

  protected Plans plans;
  protected PlanQueries queries;

  /** An empty store whose times come from {@code time}. */
  protected abstract Plans emptyStore(TimeSource time);

  /** The queries under test, on {@code store}. */
  protected abstract PlanQueries queriesOn(Plans store);

  @BeforeEach
  void openStore() {
    plans = emptyStore(TimeSource.fixed(Instant.parse("2024-08-01T04:00:00Z")));
    queries = queriesOn(plans);
  }

  @Test
  void onTheSeedWithoutProgressThirtyTwoAreOverdueOnTheFirstOfOctober() {
    plans.save(KEY, SeedPlan.plan());

    Page<OverdueActivity> all = queries.overdue(KEY, OCTOBER_1, Page.ALL);
    assertThat(all.total()).isEqualTo(32);
    assertThat(all.items()).extracting(o -> o.activity().code())
        .containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    assertThat(all.items().get(0).daysOverdue()).isEqualTo(581);
    assertThat(all.items().get(0).activity()).isEqualTo(SeedPlan.plan().activity("1.1")
        .orElseThrow());

    Page<OverdueActivity> page = queries.overdue(KEY, OCTOBER_1, 5);
    assertThat(page.items()).extracting(o -> o.activity().code())
        .containsExactly("1.1", "2.1", "2.2", "3.1", "3.2");
    assertThat(page.total()).isEqualTo(32);
    assertThat(page.more()).isEqualTo(27);
  }

  @Test
  void progressIsFoldedAsOfTheDayAsked() {
    plans.save(KEY, SeedPlan.plan());
    plans.record(KEY, new ProgressChange("11.2", Status.IN_PROGRESS, LocalDate.of(2024, 4, 2),
        "ХСД", ""));
    plans.record(KEY, new ProgressChange("11.2", Status.DONE, LocalDate.of(2024, 6, 19), "ХСД",
        ""));
    LocalDate june1 = LocalDate.of(2024, 6, 1);

    assertThat(queries.overdue(KEY, june1, Page.ALL).items())
        .filteredOn(o -> o.activity().code().equals("11.2")).singleElement()
        .satisfies(o -> {
          assertThat(o.status()).isEqualTo(Status.IN_PROGRESS);
          assertThat(o.daysOverdue()).isEqualTo(1);
        });
    assertThat(queries.overdue(KEY, OCTOBER_1, Page.ALL).total()).isEqualTo(31);
    StatusSummary june = queries.status(KEY, june1, Page.ALL);
    assertThat(june.done()).isZero();
    assertThat(june.inProgress()).isEqualTo(1);
    assertThat(queries.status(KEY, LocalDate.of(2024, 3, 1), Page.ALL).planned()).isEqualTo(47);
    assertThat(queries.status(KEY, OCTOBER_1, Page.ALL).done()).isEqualTo(1);
    assertThat(queries.active(KEY, LocalDate.of(2024, 5, 15), Page.ALL).items())
        .extracting(a -> a.activity().code()).contains("11.2");
  }

  @Test
  void lateActivitiesAreDoneAfterTheirDueDateByTheProgressKnownThen() {
    plans.save(KEY, SeedPlan.plan());
    // 11.2 is due on 31 May 2024: done on 19 June, 19 days late
    plans.record(KEY, new ProgressChange("11.2", Status.DONE, LocalDate.of(2024, 6, 19), "ХСД",
        ""));
    // 1.1 is due on 28 February 2023: done on time
    plans.record(KEY, new ProgressChange("1.1", Status.DONE, LocalDate.of(2023, 2, 20), "ХСД",
        ""));
    // 2.1 is due on 31 May 2023: done on 3 June, 3 days late, then reopened on 1 July 2024
    plans.record(KEY, new ProgressChange("2.1", Status.DONE, LocalDate.of(2023, 6, 3), "ХСД",
        ""));
    plans.record(KEY, new ProgressChange("2.1", Status.IN_PROGRESS, LocalDate.of(2024, 7, 1),
        "ХСД", ""));

    Page<LateActivity> all = queries.late(KEY, Optional.empty(), Page.ALL);
    assertThat(all.items()).extracting(l -> l.activity().code(), LateActivity::due,
        LateActivity::finished, LateActivity::daysLate).containsExactly(
            org.assertj.core.groups.Tuple.tuple("11.2", LocalDate.of(2024, 5, 31),
                LocalDate.of(2024, 6, 19), 19L));
    assertThat(all.items().get(0).activity()).isEqualTo(SeedPlan.plan().activity("11.2")
        .orElseThrow());

    Page<LateActivity> june = queries.late(KEY, Optional.of(LocalDate.of(2024, 6, 30)), 1);
    assertThat(june.items()).extracting(l -> l.activity().code()).containsExactly("2.1");
    assertThat(june.items().get(0).daysLate()).isEqualTo(3);
    assertThat(june.total()).isEqualTo(2);
    assertThat(queries.late(KEY, Optional.of(LocalDate.of(2023, 6, 2)), Page.ALL).total())
        .isZero();
  }

  @Test
  void sectionsAreSummedUpAsOfTheDayMostOverdueFirst() {
    plans.save(KEY, SeedPlan.plan());
    plans.record(KEY, new ProgressChange("11.2", Status.DONE, LocalDate.of(2024, 6, 19), "ХСД",
        ""));

    // overdue on 1 October by section: 11 has five left of six (11.2 done), 3 and 8 all four
    Page<SectionStatus> top = queries.sections(KEY, OCTOBER_1, 3);
    assertThat(top.total()).isEqualTo(15);
    assertThat(top.items()).containsExactly(
        new SectionStatus("11", "Листинг (үй шаруашылықтарының тізімін жасау) бойынша жұмыс",
            6, 1, 0, 5, 0, 5),
        new SectionStatus("3", "Персонал", 4, 0, 0, 4, 0, 4),
        new SectionStatus("8", "Сұрақнамалар мен CAPI-ді оқыту және алдын ала тестілеу", 4, 0,
            0, 4, 0, 4));
    assertThat(top.items().get(0).percentDone()).isEqualTo(16);
    assertThat(queries.sections(KEY, OCTOBER_1, Page.ALL).items())
        .extracting(SectionStatus::number, SectionStatus::overdue).containsExactly(
            org.assertj.core.groups.Tuple.tuple("11", 5), org.assertj.core.groups.Tuple.tuple("3", 4),
            org.assertj.core.groups.Tuple.tuple("8", 4), org.assertj.core.groups.Tuple.tuple("7", 3),
            org.assertj.core.groups.Tuple.tuple("9", 3), org.assertj.core.groups.Tuple.tuple("2", 2),
            org.assertj.core.groups.Tuple.tuple("4", 2), org.assertj.core.groups.Tuple.tuple("5", 2),
            org.assertj.core.groups.Tuple.tuple("6", 2), org.assertj.core.groups.Tuple.tuple("10", 2),
            org.assertj.core.groups.Tuple.tuple("1", 1), org.assertj.core.groups.Tuple.tuple("12", 1),
            org.assertj.core.groups.Tuple.tuple("13", 0), org.assertj.core.groups.Tuple.tuple("14", 0),
            org.assertj.core.groups.Tuple.tuple("15", 0));
    // before the listing was done, section 11 has nothing done
    assertThat(queries.sections(KEY, LocalDate.of(2024, 6, 18), 1).items().get(0).done())
        .isZero();
  }

  @Test
  void aPageOfARevisionAndOneActivityOfIt() {
    plans.save(KEY, SeedPlan.plan());

    RevisionPage first = queries.activities(KEY, OptionalInt.empty(), Optional.empty(), 5);
    assertThat(first.revision()).isEqualTo(1);
    assertThat(first.savedAt()).isEqualTo(Instant.parse("2024-08-01T04:00:00Z"));
    assertThat(first.title()).isEqualTo(SeedPlan.plan().title());
    assertThat(first.language()).isEqualTo(Language.KK);
    assertThat(first.period()).isEqualTo(YearRange.of(2023, 2025));
    assertThat(first.activities().total()).isEqualTo(47);
    assertThat(first.activities().items()).extracting(p -> p.sectionNumber(),
        p -> p.activity().code()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "1.1"),
            org.assertj.core.groups.Tuple.tuple("2", "2.1"),
            org.assertj.core.groups.Tuple.tuple("2", "2.2"),
            org.assertj.core.groups.Tuple.tuple("3", "3.1"),
            org.assertj.core.groups.Tuple.tuple("3", "3.2"));

    RevisionPage one = queries.activities(KEY, OptionalInt.of(1),
        Optional.of(ActivityCode.of("11.2")), Page.ALL);
    assertThat(one.activities().total()).isEqualTo(1);
    assertThat(one.activities().items()).containsExactly(new PlacedActivity("11",
        "Листинг (үй шаруашылықтарының тізімін жасау) бойынша жұмыс",
        SeedPlan.plan().activity("11.2").orElseThrow()));
    assertThat(queries.activities(KEY, OptionalInt.empty(),
        Optional.of(ActivityCode.of("99.9")), Page.ALL).activities().total()).isZero();
    assertThat(queries.activities(KEY, OptionalInt.empty(), Optional.empty(), Page.ALL)
        .activities().items()).extracting(PlacedActivity::activity)
        .containsExactlyElementsOf(SeedPlan.plan().activities());

    assertThatThrownBy(() -> queries.activities(KEY, OptionalInt.of(2), Optional.empty(), 5))
        .isInstanceOf(UnknownPlanException.class)
        .hasMessage("plan mics-2023-2025.kk has no revision 2");
    assertThatThrownBy(() -> queries.activities(PlanKey.of("nothing"), OptionalInt.of(1),
        Optional.empty(), 5)).isInstanceOf(UnknownPlanException.class)
        .hasMessage("no plan is stored under the key nothing");
  }

  @Test
  void theSummaryActiveDueWorkloadAndFundingOfTheSeed() {
    plans.save(KEY, SeedPlan.plan());
    plans.record(KEY, new ProgressChange("13.2", Status.DONE, LocalDate.of(2024, 11, 20), "ХСД",
        ""));

    StatusSummary summary = queries.status(KEY, OCTOBER_1, 3);
    assertThat(summary.activities()).isEqualTo(47);
    assertThat(summary.planned()).isEqualTo(47);
    assertThat(summary.overdue()).isEqualTo(32);
    assertThat(summary.overdueList()).extracting(o -> o.activity().code())
        .containsExactly("1.1", "2.1", "2.2");
    assertThat(summary.startsNext()).extracting(u -> u.activity().code())
        .containsExactly("13.4", "6.3", "13.5", "14.1", "14.2");

    assertThat(queries.active(KEY, OCTOBER_1, Page.ALL).items()).extracting(
        a -> a.activity().code()).containsExactly("10.1", "13.1", "13.2", "13.3", "15.1", "15.2");
    assertThat(queries.due(KEY, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31),
        Optional.empty(), Page.ALL).items()).extracting(d -> d.activity().code(), d -> d.due())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("10.1", LocalDate.of(2024, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("13.1", LocalDate.of(2024, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("13.3", LocalDate.of(2024, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("13.4", LocalDate.of(2024, 12, 31)));

    var workload = queries.workload(KEY, Optional.empty(), 5);
    assertThat(workload.months()).hasSize(36);
    assertThat(workload.load("ХСД", YearMonth.of(2023, 7))).isEqualTo(new Load(6, 5));
    assertThat(workload.row("ЗД").orElseThrow().total()).isEqualTo(new Load(0, 3));
    assertThat(queries.workload(KEY, Optional.of(2025), 5).rows())
        .extracting(r -> r.executor()).containsExactly("ХСД", "АТД", "СПДД");
    assertThat(queries.funding(KEY)).containsExactly(
        new Funding(FinancingSource.STATE_BUDGET, 13, 20),
        new Funding(FinancingSource.UNICEF, 4, 8),
        new Funding(FinancingSource.NOT_REQUIRED, 30, 95));
  }

  @Test
  void theHeaderNamesTheLatestRevisionAndAnUnknownPlanIsUnknown() {
    assertThat(queries.header(KEY)).isEmpty();
    assertThatThrownBy(() -> queries.overdue(KEY, OCTOBER_1, 10))
        .isInstanceOf(UnknownPlanException.class);
    plans.save(KEY, SeedPlan.plan());
    assertThat(queries.header(KEY)).hasValue(new PlanHeader(KEY, 1, SeedPlan.plan().title(),
        Language.KK, 47));
  }

  @Test
  void overdueEverywhereGoesByPlanKeyThenDocumentOrder() {
    plans.save(PlanKey.of("b-plan"), SeedPlan.plan());
    plans.save(PlanKey.of("a-plan"), generated(new Random(7), 30));
    plans.record(PlanKey.of("b-plan"), new ProgressChange("1.1", Status.DONE,
        LocalDate.of(2024, 1, 5), "ХСД", ""));

    Page<PlanOverdue> all = queries.overdueEverywhere(OCTOBER_1, Page.ALL);
    Page<OverdueActivity> a = queries.overdue(PlanKey.of("a-plan"), OCTOBER_1, Page.ALL);
    assertThat(all.total()).isEqualTo(a.total() + 31);
    assertThat(all.items()).extracting(PlanOverdue::overdue)
        .startsWith(a.items().toArray(OverdueActivity[]::new));
    assertThat(all.items().get((int) a.total()).overdue().activity().code()).isEqualTo("2.1");
    assertThat(queries.overdueEverywhere(OCTOBER_1, 2).items()).hasSize(2);
  }

  @Test
  void generatedPlansWithProgressGetTheMonitorsAnswers() {
    for (int seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      PlanKey key = PlanKey.of("generated-" + seed);
      ActionPlan plan = generated(random, 20 + random.nextInt(60));
      plans.save(key, plan);
      for (int e = 0; e < 40; e++) {
        Activity a = plan.activities().get(random.nextInt(plan.activities().size()));
        plans.record(key, new ProgressChange(a.code(),
            Status.values()[random.nextInt(Status.values().length)],
            LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900)), "ХСД", ""));
      }
      PlanQueries reference = new MonitorQueries(plans);
      for (int d = 0; d < 8; d++) {
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
        int limit = random.nextInt(3) == 0 ? Page.ALL : random.nextInt(10);
        assertThat(queries.overdue(key, day, limit)).as("overdue %s %s", key, day)
            .isEqualTo(reference.overdue(key, day, limit));
        assertThat(queries.due(key, day, day.plusDays(60), Optional.of(day), limit))
            .as("due %s %s", key, day)
            .isEqualTo(reference.due(key, day, day.plusDays(60), Optional.of(day), limit));
        assertThat(queries.due(key, day, day.plusDays(90), Optional.empty(), limit))
            .isEqualTo(reference.due(key, day, day.plusDays(90), Optional.empty(), limit));
        Page<ActivityStatus> active = queries.active(key, day, limit);
        assertThat(active).as("active %s %s", key, day)
            .isEqualTo(reference.active(key, day, limit));
        assertThat(queries.status(key, day, limit)).as("status %s %s", key, day)
            .isEqualTo(reference.status(key, day, limit));
        assertThat(queries.late(key, Optional.of(day), limit)).as("late %s %s", key, day)
            .isEqualTo(reference.late(key, Optional.of(day), limit));
        assertThat(queries.sections(key, day, limit)).as("sections %s %s", key, day)
            .isEqualTo(reference.sections(key, day, limit));
      }
      assertThat(queries.workload(key, Optional.empty(), 3)).as("workload %s", key)
          .isEqualTo(reference.workload(key, Optional.empty(), 3));
      assertThat(queries.workload(key, Optional.of(2024), 2))
          .isEqualTo(reference.workload(key, Optional.of(2024), 2));
      assertThat(queries.funding(key)).as("funding %s", key).isEqualTo(reference.funding(key));
      assertThat(queries.late(key, Optional.empty(), Page.ALL)).as("late %s", key)
          .isEqualTo(reference.late(key, Optional.empty(), Page.ALL));
      // the code the generator lists twice is the first of the section open at the middle
      Activity middle = plan.activities().get(plan.activities().size() / 2);
      Optional<ActivityCode> code = Optional.of(ActivityCode.of(middle.code()));
      assertThat(queries.activities(key, OptionalInt.empty(), code, Page.ALL))
          .isEqualTo(reference.activities(key, OptionalInt.empty(), code, Page.ALL));
      assertThat(queries.activities(key, OptionalInt.of(1), Optional.empty(), 7))
          .isEqualTo(reference.activities(key, OptionalInt.of(1), Optional.empty(), 7));
      assertThat(queries.overdueEverywhere(LocalDate.of(2024, 5, 5), 50))
          .isEqualTo(reference.overdueEverywhere(LocalDate.of(2024, 5, 5), 50));
    }
  }

  @Test
  void revisedPlansWithReopenedSameDayAndBackDatedProgressGetTheMonitorsAnswers() {
    for (int seed = 11; seed <= 13; seed++) {
      Random random = new Random(seed);
      PlanKey key = PlanKey.of("revised-" + seed);
      ActionPlan first = generated(random, 20 + random.nextInt(40));
      plans.save(key, first);
      List<LocalDate> days = new ArrayList<>();
      record(random, key, first, days, 60);
      // stored after the events: some codes with events gone, some due days moved, new codes
      ActionPlan second = revised(random, first);
      plans.save(key, second);
      record(random, key, second, days, 40);
      PlanQueries reference = new MonitorQueries(plans);
      List<LocalDate> asOf = new ArrayList<>();
      for (int d = 0; d < 8; d++) {
        LocalDate day = days.get(random.nextInt(days.size()));
        asOf.add(day.plusDays(random.nextInt(3) - 1));
      }
      asOf.add(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)));
      for (LocalDate day : asOf) {
        for (int limit : List.of(Page.ALL, 3)) {
          assertThat(queries.overdue(key, day, limit)).as("overdue %s %s", key, day)
              .isEqualTo(reference.overdue(key, day, limit));
          assertThat(queries.due(key, day.minusDays(90), day.plusDays(60), Optional.of(day),
              limit)).as("due %s %s", key, day).isEqualTo(reference.due(key,
                  day.minusDays(90), day.plusDays(60), Optional.of(day), limit));
          assertThat(queries.due(key, day.minusDays(90), day.plusDays(90), Optional.empty(),
              limit)).as("due after every event %s %s", key, day).isEqualTo(reference.due(key,
                  day.minusDays(90), day.plusDays(90), Optional.empty(), limit));
        }
        assertThat(queries.status(key, day, 5)).as("status %s %s", key, day)
            .isEqualTo(reference.status(key, day, 5));
      }
    }
  }

  /**
   * {@code count} events, most of them on a few codes in turn, so that codes are closed, opened
   * again and closed again; a third on a day already used (the sequence then decides), the rest on
   * any day, so that many are dated before earlier ones. The days used are added to {@code days}.
   */
  private void record(Random random, PlanKey key, ActionPlan plan, List<LocalDate> days,
      int count) {
    List<Activity> activities = plan.activities();
    for (int e = 0; e < count; e++) {
      Activity a = activities.get(random.nextInt(2) == 0 ? random.nextInt(Math.min(6,
          activities.size())) : random.nextInt(activities.size()));
      LocalDate day = !days.isEmpty() && random.nextInt(3) == 0
          ? days.get(random.nextInt(days.size()))
          : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
      days.add(day);
      plans.record(key, new ProgressChange(a.code(),
          Status.values()[random.nextInt(Status.values().length)], day, "ХСД", ""));
    }
  }

  /**
   * The next revision of {@code plan}: about one activity in five dropped, one in four due on
   * another day, and a new section of new codes.
   */
  private static ActionPlan revised(Random random, ActionPlan plan) {
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      List<Activity> kept = new ArrayList<>();
      for (Activity a : s.activities()) {
        int fate = random.nextInt(20);
        if (fate < 4) {
          continue;
        }
        if (fate < 9) {
          LocalDate due = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
          a = new Activity(a.code(), a.title(), a.responsible(),
              Deadline.of("moved", List.of(Window.of(due.minusDays(20), due))),
              a.completionForm(), a.financing());
        }
        kept.add(a);
      }
      if (!kept.isEmpty()) {
        sections.add(Section.of(s.number(), s.title(), kept));
      }
    }
    List<Activity> added = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      added.add(activity(random, "99." + i, List.of("ХСД", "АТД")));
    }
    sections.add(Section.of("99", "Added", added));
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        ImmutableList.copyOf(sections), plan.executors(), ImmutableList.of());
  }

  /**
   * A plan shaped like the MICS plans, with what makes views tricky: windows open on one side,
   * several windows, unresolved deadlines, a code listed twice, executors written out in full.
   */
  protected static ActionPlan generated(Random random, int activities) {
    List<String> names = List.of("ХСД", "АТД", "ЗД", "Халық статистикасы департаменті",
        "ЮНИСЕФ", "мемлекеттік органдар", "  ХСД ");
    List<Section> sections = new ArrayList<>();
    List<Activity> current = new ArrayList<>();
    int section = 1;
    for (int i = 0; i < activities; i++) {
      current.add(activity(random, section + "." + (current.size() + 1), names));
      if (i == activities / 2) {
        current.add(current.get(0)); // the same code twice
      }
      if (random.nextInt(8) == 0 || i == activities - 1) {
        sections.add(Section.of(String.valueOf(section), "Section " + section, current));
        current = new ArrayList<>();
        section++;
      }
    }
    return new ActionPlan("Generated", Language.KK, YearRange.of(2023, 2025),
        ImmutableList.copyOf(sections), ExecutorDirectory.of(List.of(
            new Executor("ХСД", "Халық статистикасы департаменті"),
            new Executor("АТД", "Ақпараттық технологиялар департаменті"))),
        ImmutableList.of());
  }

  private static Activity activity(Random random, String code, List<String> names) {
    List<Window> windows = new ArrayList<>();
    int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
    LocalDate from = LocalDate.of(2022, 11, 1).plusMonths(random.nextInt(40));
    for (int w = 0; w < count; w++) {
      LocalDate to = from.plusMonths(random.nextInt(4)).plusDays(random.nextInt(40));
      int open = random.nextInt(10);
      windows.add(open == 0 ? Window.until(to) : open == 1 ? Window.startingOn(from)
          : Window.of(from, to));
      from = to.plusDays(1 + random.nextInt(60));
    }
    List<String> responsible = new ArrayList<>();
    for (int r = 0; r < 1 + random.nextInt(4); r++) {
      responsible.add(names.get(random.nextInt(names.size())));
    }
    FinancingSource source = FinancingSource.values()[random.nextInt(3)];
    return new Activity(code, "Activity " + code, ImmutableList.copyOf(responsible),
        windows.isEmpty() ? Deadline.unresolved("нақтылануда") : Deadline.of("text", windows),
        "Report", new Financing(source, source.name()));
  }
}
