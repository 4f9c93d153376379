package kz.stat.mics.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.fixtures.InMemoryPlans;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.monitoring.ActivityStatus;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlanHeader;
import kz.stat.mics.domain.port.PlanOverdue;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A paged view of a stored plan asks the store for the page, not the whole answer, and a document's
 * view cuts the same page in memory; both say how many rows there are in all.
 */
class PagedViewsTest {
  private static final String FILE = "plans/mics-2023-2025.kk.txt";
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");
  private static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);
  private static final TimeSource AUGUST_1 =
      TimeSource.fixed(Instant.parse("2024-08-01T04:00:00Z"));

  private final InMemoryPlans plans = new InMemoryPlans(AUGUST_1);
  private final Asked queries = new Asked(new MonitorQueries(plans));
  private final NamedDocuments documents = new NamedDocuments().with(FILE, SeedPlan.plan());
  private final PlanViews views = new PlanViews(plans, queries, documents, AUGUST_1);
  private final PlanSource stored = PlanSource.stored(KEY);
  private final PlanSource document = PlanSource.document(NamedDocuments.source(FILE));

  @BeforeEach
  void theSeedStoredWithTheListingDone() {
    plans.save(KEY, SeedPlan.plan());
    plans.record(KEY, new ProgressChange("11.2", Status.DONE, LocalDate.of(2024, 6, 19), "ХСД",
        ""));
  }

  @Test
  void overdueAsksTheStoreForTwoRowsAndLearnsThereAreThirtyOne() {
    Page<OverdueActivity> page = views.overdue(stored, OCTOBER_1, 2).answer();

    assertThat(queries.asked).containsExactly("overdue 2");
    assertThat(page.items()).extracting(o -> o.activity().code()).containsExactly("1.1", "2.1");
    // 32 due before October 2024, less 11.2 done in June
    assertThat(page.total()).isEqualTo(31);
    assertThat(page.more()).isEqualTo(29);
  }

  @Test
  void dueAndActiveAskTheStoreForTheLimit() {
    Page<DueActivity> due = views.due(stored, OCTOBER_1, Optional.of(LocalDate.of(2024, 12, 31)),
        2).answer();
    Page<ActiveActivity> active = views.active(stored, OCTOBER_1, 2).answer();

    assertThat(queries.asked).containsExactly("due 2", "active 2");
    // due in the last quarter of 2024: 10.1, 13.1, 13.2, 13.3, 13.4
    assertThat(due.items()).extracting(d -> d.activity().code()).containsExactly("10.1", "13.1");
    assertThat(due.total()).isEqualTo(5);
    // scheduled on 1 October: 10.1, 13.1, 13.2, 13.3, 15.1, 15.2
    assertThat(active.items()).extracting(a -> a.activity().code())
        .containsExactly("10.1", "13.1");
    assertThat(active.total()).isEqualTo(6);
  }

  @Test
  void statusAsksTheStoreForTheLimitAndKeepsItsCountsWhole() {
    StatusSummary s = views.status(stored, OCTOBER_1, 2).answer();

    assertThat(queries.asked).containsExactly("status 2");
    assertThat(s.overdue()).isEqualTo(31);
    assertThat(s.overdueList()).extracting(o -> o.activity().code()).containsExactly("1.1", "2.1");
  }

  @Test
  void aDocumentIsPagedInMemoryWithoutAskingTheStore() {
    Page<OverdueActivity> overdue = views.overdue(document, OCTOBER_1, 2).answer();
    Page<DueActivity> due = views.due(document, OCTOBER_1,
        Optional.of(LocalDate.of(2024, 12, 31)), 1).answer();

    assertThat(queries.asked).isEmpty();
    // the document is seen with the stored progress: 11.2 is done
    assertThat(overdue.items()).extracting(o -> o.activity().code())
        .containsExactly("1.1", "2.1");
    assertThat(overdue.total()).isEqualTo(31);
    assertThat(due.items()).extracting(d -> d.activity().code()).containsExactly("10.1");
    assertThat(due.more()).isEqualTo(4);
  }

  @Test
  void lateAsksTheStoreForThePage() {
    Page<LateActivity> late = views.late(stored, Optional.empty(), 0).answer();
    assertThat(queries.asked).containsExactly("late 0");
    assertThat(late.items()).isEmpty();
    // 11.2 was due on 31 May 2024 and done on 19 June
    assertThat(late.total()).isEqualTo(1);
    assertThat(views.late(stored, Optional.of(LocalDate.of(2024, 6, 1)), 5).answer().total())
        .isZero();
    assertThat(queries.asked).containsExactly("late 0", "late 5");
  }

  @Test
  void aNegativeLimitIsAProgrammingError() {
    assertThatThrownBy(() -> views.due(stored, OCTOBER_1, Optional.empty(), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> views.active(stored, OCTOBER_1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(queries.asked).isEmpty();
  }

  /** The store's queries, noting the limit of every list asked for. */
  private static final class Asked implements PlanQueries {
    private final PlanQueries queries;
    final List<String> asked = new ArrayList<>();

    Asked(PlanQueries queries) {
      this.queries = queries;
    }

    @Override
    public Optional<PlanHeader> header(PlanKey key) {
      return queries.header(key);
    }

    @Override
    public Page<OverdueActivity> overdue(PlanKey key, LocalDate asOf, int limit) {
      asked.add("overdue " + limit);
      return queries.overdue(key, asOf, limit);
    }

    @Override
    public Page<PlanOverdue> overdueEverywhere(LocalDate asOf, int limit) {
      asked.add("overdueEverywhere " + limit);
      return queries.overdueEverywhere(asOf, limit);
    }

    @Override
    public Page<DueActivity> due(PlanKey key, LocalDate from, LocalDate to,
        Optional<LocalDate> knownOn, int limit) {
      asked.add("due " + limit);
      return queries.due(key, from, to, knownOn, limit);
    }

    @Override
    public Page<LateActivity> late(PlanKey key, Optional<LocalDate> knownOn, int limit) {
      asked.add("late " + limit);
      return queries.late(key, knownOn, limit);
    }

    @Override
    public Page<kz.stat.mics.domain.port.SectionStatus> sections(PlanKey key, LocalDate asOf,
        int limit) {
      asked.add("sections " + limit);
      return queries.sections(key, asOf, limit);
    }

    @Override
    public kz.stat.mics.domain.port.RevisionPage activities(PlanKey key,
        java.util.OptionalInt revision, Optional<kz.stat.mics.domain.plan.ActivityCode> code,
        int limit) {
      asked.add("activities " + limit);
      return queries.activities(key, revision, code, limit);
    }

    @Override
    public Page<ActivityStatus> active(PlanKey key, LocalDate on, int limit) {
      asked.add("active " + limit);
      return queries.active(key, on, limit);
    }

    @Override
    public StatusSummary status(PlanKey key, LocalDate asOf, int limit) {
      asked.add("status " + limit);
      return queries.status(key, asOf, limit);
    }

    @Override
    public Workload workload(PlanKey key, Optional<Integer> year, int threshold) {
      return queries.workload(key, year, threshold);
    }

    @Override
    public List<Funding> funding(PlanKey key) {
      return queries.funding(key);
    }
  }
}
