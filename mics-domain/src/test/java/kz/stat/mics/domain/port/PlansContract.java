package kz.stat.mics.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Recurrence;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Plans} promises, as one abstract test: the in-memory store and the PostgreSQL
 * store each run it through a subclass that says how to make an empty store.
 */
public abstract class PlansContract {
  protected static final PlanKey KEY = PlanKey.of("mics-2023-2025");
  /** The store's clock starts here (nanoseconds on purpose) and moves on a minute at every reading. */
  protected static final Instant START = Instant.parse("2024-03-01T09:00:00.123456789Z");

  protected final AtomicReference<Instant> clock = new AtomicReference<>(START);
  protected Plans plans;

  /** An empty store whose "now" comes from {@code time}. */
  protected abstract Plans emptyStore(TimeSource time);

  @BeforeEach
  void openEmptyStore() {
    plans = emptyStore(() -> clock.getAndUpdate(t -> t.plus(Duration.ofMinutes(1))));
  }

  /** A small plan that uses every part of the model: open windows, duplicates, precedences. */
  public static ActionPlan samplePlan() {
    Activity a11 = Activity.of("1.1", "Сұрақнамаларды бекіту", List.of("ХСД", "ӘДДБСД"),
        Deadline.of("Ақпан 2023", List.of(Window.months(YearMonth.of(2023, 2), YearMonth.of(2023, 2)))),
        "Хат", new Financing(FinancingSource.NOT_REQUIRED, "Талап етілмейді"));
    Activity a12 = Activity.of("1.2", "Листинг", List.of("ХСД"),
        new Deadline("2023-2024 жж.", com.google.common.collect.ImmutableList.of(
            Window.until(LocalDate.of(2023, 12, 31)), Window.startingOn(LocalDate.of(2024, 1, 10))),
            OptionalInt.of(45), true, Optional.of(Recurrence.QUARTERLY)),
        "Есеп", Financing.of("ЮНИСЕФ"));
    Activity a12again = Activity.of("1.2", "Листинг (again, a duplicate code)", List.of(),
        Deadline.unresolved("кейін"), "", Financing.unspecified());
    Activity a21 = Activity.of("2.1", "Далалық жұмыс", List.of("ХСД", "ҚР СЖРА ҰСБ аумақтық бөлімшелер"),
        Deadline.of("Қыркүйек 2024", List.of(Window.day(LocalDate.of(2024, 9, 2)))),
        "Деректер", new Financing(FinancingSource.STATE_BUDGET, "РБ"));
    return ActionPlan.of("Іс-шаралар жоспары", Language.KK, YearRange.of(2023, 2025),
            List.of(Section.of("1", "Әдіснама", List.of(a11, a12, a12again)),
                Section.of("2", "Далалық жұмыс", List.of(a21)),
                Section.of("3", "Бос бөлім", List.of())),
            ExecutorDirectory.of(List.of(Executor.of("ХСД", "Халықаралық статистика департаменті"),
                Executor.of("ӘДДБСД", "Әлеуметтік және демографиялық статистика департаменті"))))
        .withPrecedences(List.of(Precedence.of("1.1", "2.1"), Precedence.of("1.2", "2.1")));
  }

  /** {@code plan} with the title of its activity {@code code} changed. */
  protected static ActionPlan retitled(ActionPlan plan, String code, String title) {
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      sections.add(Section.of(s.number(), s.title(), s.activities().stream()
          .map(a -> a.code().equals(code) ? Activity.of(a.code(), title, a.responsible(),
              a.deadline(), a.completionForm(), a.financing()) : a)
          .toList()));
    }
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        com.google.common.collect.ImmutableList.copyOf(sections), plan.executors(),
        plan.precedences());
  }

  /** {@code plan} without its activities {@code code}. */
  protected static ActionPlan without(ActionPlan plan, String code) {
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      sections.add(Section.of(s.number(), s.title(),
          s.activities().stream().filter(a -> !a.code().equals(code)).toList()));
    }
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        com.google.common.collect.ImmutableList.copyOf(sections), plan.executors(),
        com.google.common.collect.ImmutableList.of());
  }

  protected static ProgressChange change(String code, Status status, LocalDate on) {
    return new ProgressChange(code, status, on, "Айгүл", "");
  }

  @Test
  void savingANewKeyCreatesRevisionOne() {
    SavedRevision saved = plans.save(KEY, samplePlan());

    assertThat(saved).isEqualTo(new SavedRevision(KEY, 1, true));
    Revision latest = plans.latest(KEY).orElseThrow();
    assertThat(latest.number()).isEqualTo(1);
    assertThat(latest.plan()).isEqualTo(samplePlan());
    assertThat(latest.savedAt()).isEqualTo(Instant.parse("2024-03-01T09:00:00.123456Z"));
  }

  @Test
  void theWholeSeedPlanComesBackEqual() {
    plans.save(KEY, SeedPlan.plan());

    assertThat(plans.latest(KEY).orElseThrow().plan()).isEqualTo(SeedPlan.plan());
  }

  @Test
  void savingAnUnchangedPlanCreatesNothing() {
    plans.save(KEY, samplePlan());

    SavedRevision again = plans.save(KEY, samplePlan());

    assertThat(again).isEqualTo(new SavedRevision(KEY, 1, false));
    assertThat(plans.revisions(KEY)).hasSize(1);
  }

  @Test
  void aChangedPlanBecomesRevisionTwoAndTheFirstIsKept() {
    plans.save(KEY, samplePlan());
    ActionPlan changed = retitled(samplePlan(), "2.1", "Далалық жұмыс (өзгертілді)");

    SavedRevision saved = plans.save(KEY, changed);

    assertThat(saved).isEqualTo(new SavedRevision(KEY, 2, true));
    assertThat(plans.revisions(KEY)).extracting(RevisionSummary::number).containsExactly(1, 2);
    assertThat(plans.revision(KEY, 1).orElseThrow().plan()).isEqualTo(samplePlan());
    assertThat(plans.revision(KEY, 2).orElseThrow().plan()).isEqualTo(changed);
    assertThat(plans.latest(KEY).orElseThrow().number()).isEqualTo(2);
    assertThat(plans.revision(KEY, 3)).isEmpty();
  }

  @Test
  void savingTheFirstRevisionAgainAfterAChangeIsANewRevision() {
    plans.save(KEY, samplePlan());
    plans.save(KEY, retitled(samplePlan(), "1.1", "x"));

    assertThat(plans.save(KEY, samplePlan())).isEqualTo(new SavedRevision(KEY, 3, true));
  }

  @Test
  void theListSummarisesEveryPlanByKey() {
    plans.save(PlanKey.of("b-plan"), samplePlan());
    plans.save(PlanKey.of("a-plan"), SeedPlan.plan());
    plans.save(PlanKey.of("b-plan"), retitled(samplePlan(), "1.1", "x"));

    assertThat(plans.list()).containsExactly(
        new PlanSummary(PlanKey.of("a-plan"), SeedPlan.TITLE, 1,
            Instant.parse("2024-03-01T09:01:00.123456Z"), 47),
        new PlanSummary(PlanKey.of("b-plan"), "Іс-шаралар жоспары", 2,
            Instant.parse("2024-03-01T09:02:00.123456Z"), 4));
  }

  @Test
  void progressCarriesOverToLaterRevisions() {
    plans.save(KEY, samplePlan());
    ProgressEvent first = plans.record(KEY, change("1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 6)), 0);
    plans.save(KEY, retitled(samplePlan(), "1.1", "Сұрақнамаларды бекіту (жаңа)"));

    ProgressEvent second = plans.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 20)), 1);

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(second.sequence()).isEqualTo(2);
    PlanProgress progress = plans.progress(KEY);
    assertThat(progress.version()).isEqualTo(2);
    assertThat(progress.events()).containsExactly(first, second);
    assertThat(progress.of("1.1").status()).isEqualTo(Status.DONE);
    assertThat(progress.of("1.1").actualStart()).contains(LocalDate.of(2023, 2, 6));
  }

  @Test
  void recordedEventsKeepEverythingTheCallerSaid() {
    plans.save(KEY, samplePlan());

    ProgressEvent e = plans.record(KEY,
        new ProgressChange("2.1", Status.CANCELLED, LocalDate.of(2024, 9, 1), "Ерлан", "бюджет жоқ"), 0);

    assertThat(e).isEqualTo(new ProgressEvent(1, "2.1", Status.CANCELLED, LocalDate.of(2024, 9, 1),
        Instant.parse("2024-03-01T09:01:00.123456Z"), "Ерлан", "бюджет жоқ"));
    assertThat(plans.progress(KEY).events()).containsExactly(e);
  }

  @Test
  void anActivityRemovedLaterKeepsItsHistoryButTakesNoNewProgress() {
    plans.save(KEY, samplePlan());
    ProgressEvent e = plans.record(KEY, change("2.1", Status.IN_PROGRESS, LocalDate.of(2024, 9, 2)), 0);
    plans.save(KEY, without(samplePlan(), "2.1"));

    assertThat(plans.progress(KEY).eventsOf("2.1")).containsExactly(e);
    assertThatThrownBy(() -> plans.record(KEY, change("2.1", Status.DONE, LocalDate.of(2024, 9, 30)), 1))
        .isInstanceOf(UnknownPlanException.class)
        .hasMessageContaining("2.1");
    assertThat(plans.progress(KEY).version()).isEqualTo(1);
  }

  @Test
  void recordingWithAStaleVersionIsAConflictAndWritesNothing() {
    plans.save(KEY, samplePlan());
    plans.record(KEY, change("1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 6)), 0);

    assertThatThrownBy(() -> plans.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)), 0))
        .isInstanceOfSatisfying(ProgressConflictException.class, c -> {
          assertThat(c.expectedVersion()).isEqualTo(0);
          assertThat(c.actualVersion()).isEqualTo(1);
        });
    assertThat(plans.progress(KEY).version()).isEqualTo(1);
    assertThat(plans.progress(KEY).of("1.1").status()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void anUnknownPlanHasNothingAndTakesNoProgress() {
    PlanKey nowhere = PlanKey.of("nowhere");

    assertThat(plans.latest(nowhere)).isEmpty();
    assertThat(plans.revision(nowhere, 1)).isEmpty();
    assertThat(plans.revisions(nowhere)).isEmpty();
    assertThat(plans.progress(nowhere)).isEqualTo(PlanProgress.none());
    assertThat(plans.history(nowhere)).isEmpty();
    assertThat(plans.list()).isEmpty();
    assertThatThrownBy(() -> plans.record(nowhere, change("1.1", Status.DONE, LocalDate.of(2023, 1, 1)), 0))
        .isInstanceOf(UnknownPlanException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void progressOnAnUnknownActivityIsRefused() {
    plans.save(KEY, samplePlan());

    assertThatThrownBy(() -> plans.record(KEY, change("9.9", Status.DONE, LocalDate.of(2023, 1, 1)), 0))
        .isInstanceOf(UnknownPlanException.class)
        .hasMessageContaining("9.9");
    assertThat(plans.progress(KEY).version()).isZero();
  }

  @Test
  void aHistoryRestoredUnderAnotherKeyIsTheSameHistory() {
    plans.save(KEY, samplePlan());
    plans.record(KEY, change("1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 6)), 0);
    plans.save(KEY, retitled(samplePlan(), "1.1", "жаңа"));
    plans.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 20)), 1);
    PlanHistory history = plans.history(KEY).orElseThrow();
    PlanKey copy = PlanKey.of("copy");

    plans.restore(new PlanHistory(copy, history.revisions(), history.progress()));

    assertThat(plans.history(copy)).contains(new PlanHistory(copy, history.revisions(), history.progress()));
    assertThat(history.revisions()).extracting(Revision::savedAt).containsExactly(
        Instant.parse("2024-03-01T09:00:00.123456Z"), Instant.parse("2024-03-01T09:02:00.123456Z"));
  }

  @Test
  void aRestoredHistoryKeepsItsTimesAndNumbersAndTakesMoreProgress() {
    Instant saved = Instant.parse("2023-01-15T10:30:00.654321Z");
    ProgressEvent event = new ProgressEvent(1, "1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 1),
        Instant.parse("2023-02-01T08:00:00.000001Z"), "Айгүл", "басталды");
    PlanHistory history = PlanHistory.of(KEY, List.of(new Revision(1, saved, samplePlan())),
        PlanProgress.of(List.of(event)));

    plans.restore(history);

    assertThat(plans.history(KEY)).contains(history);
    assertThat(plans.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)), 1).sequence())
        .isEqualTo(2);
    assertThat(plans.save(KEY, samplePlan())).isEqualTo(new SavedRevision(KEY, 1, false));
  }

  @Test
  void restoringOverAnExistingKeyIsRefusedAndChangesNothing() {
    plans.save(KEY, samplePlan());
    PlanHistory other = PlanHistory.of(KEY,
        List.of(new Revision(1, Instant.parse("2020-01-01T00:00:00Z"), SeedPlan.plan())),
        PlanProgress.none());

    assertThatThrownBy(() -> plans.restore(other))
        .isInstanceOf(PlanKeyTakenException.class)
        .hasMessageContaining(KEY.value());
    assertThat(plans.history(KEY).orElseThrow().revisions()).extracting(Revision::plan)
        .containsExactly(samplePlan());
  }

  @Test
  void aNulCharacterIsRefusedBeforeAnythingIsStored() {
    plans.save(KEY, samplePlan());
    ActionPlan withNul = retitled(samplePlan(), "2.1", "Далалық\u0000жұмыс");

    assertThatThrownBy(() -> plans.save(KEY, withNul))
        .isInstanceOf(UnstorableTextException.class)
        .hasMessage("activity 2.1 title contains a NUL character, which cannot be stored");
    assertThatThrownBy(() -> plans.save(PlanKey.of("other"), withNul))
        .isInstanceOf(UnstorableTextException.class);
    assertThatThrownBy(() -> plans.record(KEY,
        new ProgressChange("1.1", Status.DONE, LocalDate.of(2023, 1, 1), "a\u0000b", ""), 0))
        .isInstanceOf(UnstorableTextException.class);
    assertThat(plans.history(KEY).orElseThrow().revisions()).extracting(Revision::plan)
        .containsExactly(samplePlan());
    assertThat(plans.list()).extracting(PlanSummary::key).containsExactly(KEY);
    assertThat(plans.progress(KEY).version()).isZero();
  }

  @Test
  void halfASurrogatePairIsRefusedBeforeAnythingIsStored() {
    plans.save(KEY, samplePlan());
    ActionPlan broken = retitled(samplePlan(), "2.1", "Далалық \ud800 жұмыс");

    assertThatThrownBy(() -> plans.save(KEY, broken))
        .isInstanceOf(UnstorableTextException.class)
        .hasMessage("activity 2.1 title contains half of a UTF-16 surrogate pair (U+D800), which "
            + "cannot be stored");
    assertThat(plans.history(KEY).orElseThrow().revisions()).extracting(Revision::plan)
        .containsExactly(samplePlan());
    ActionPlan emoji = retitled(samplePlan(), "2.1", "Далалық 📋 жұмыс");
    assertThat(plans.save(KEY, emoji).revision()).isEqualTo(2);
    assertThat(plans.latest(KEY).orElseThrow().plan()).isEqualTo(emoji);
  }

  @Test
  void theRevisionListGivesEachRevisionsNumberTimeTitleAndSize() {
    plans.save(KEY, samplePlan());
    plans.save(KEY, without(samplePlan(), "2.1"));

    assertThat(plans.revisions(KEY)).containsExactly(
        new RevisionSummary(1, Instant.parse("2024-03-01T09:00:00.123456Z"),
            "Іс-шаралар жоспары", 4),
        new RevisionSummary(2, Instant.parse("2024-03-01T09:01:00.123456Z"),
            "Іс-шаралар жоспары", 3));
  }

  @Test
  void recordingWithoutAVersionAppendsAfterWhateverWasRecorded() {
    plans.save(KEY, samplePlan());
    plans.record(KEY, change("1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 6)), 0);

    ProgressEvent e = plans.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)));

    assertThat(e.sequence()).isEqualTo(2);
    assertThat(plans.progress(KEY).version()).isEqualTo(2);
    assertThatThrownBy(() -> plans.record(KEY, change("9.9", Status.DONE,
        LocalDate.of(2023, 2, 9)))).isInstanceOf(UnknownPlanException.class);
    assertThat(plans.progress(KEY).version()).isEqualTo(2);
  }

  @Test
  void aNegativeExpectedVersionIsAProgrammingError() {
    plans.save(KEY, samplePlan());

    assertThatThrownBy(() -> plans.record(KEY, change("1.1", Status.DONE,
        LocalDate.of(2023, 2, 9)), -5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(plans.progress(KEY).version()).isZero();
  }

  @Test
  void aTransactionThatFailsLeavesNothingOfWhatItDid() {
    plans.save(KEY, samplePlan());

    assertThatThrownBy(() -> plans.transaction(store -> {
      store.save(KEY, without(samplePlan(), "2.1"));
      store.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)));
      store.save(PlanKey.of("second"), samplePlan());
      throw new IllegalStateException("stop here");
    })).isInstanceOf(IllegalStateException.class).hasMessage("stop here");

    assertThat(plans.list()).extracting(PlanSummary::key).containsExactly(KEY);
    assertThat(plans.revisions(KEY)).hasSize(1);
    assertThat(plans.progress(KEY).version()).isZero();
  }

  @Test
  void aTransactionThatCompletesKeepsAllItDid() {
    int revision = plans.transaction(store -> {
      store.save(KEY, samplePlan());
      store.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)));
      return store.save(KEY, without(samplePlan(), "2.1")).revision();
    });

    assertThat(revision).isEqualTo(2);
    assertThat(plans.progress(KEY).version()).isEqualTo(1);
  }

  @Test
  void aSnapshotReadsWhatIsStored() {
    plans.save(KEY, samplePlan());
    plans.record(KEY, change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)));

    long version = plans.snapshot(store -> store.latest(KEY).orElseThrow().number()
        + store.progress(KEY).version() * 10);

    assertThat(version).isEqualTo(11);
  }

  @Test
  void aSnapshotRefusesWritesAndSoDoesOneInsideATransaction() {
    plans.save(KEY, samplePlan());

    assertThatThrownBy(() -> plans.snapshot(store -> store.save(KEY, without(samplePlan(),
        "2.1")))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> plans.snapshot(store -> store.record(KEY, change("1.1",
        Status.DONE, LocalDate.of(2023, 2, 9))))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> plans.transaction(tx -> tx.snapshot(store -> store.record(KEY,
        change("1.1", Status.DONE, LocalDate.of(2023, 2, 9)))))).isInstanceOf(
            IllegalStateException.class);
    assertThat(plans.revisions(KEY)).hasSize(1);
    assertThat(plans.progress(KEY).version()).isZero();
  }
}
