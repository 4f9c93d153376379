package kz.stat.mics.domain.application;

import static kz.stat.mics.domain.application.NamedDocuments.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import kz.stat.mics.domain.fixtures.InMemoryPlans;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanDiff;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.port.PlanKeyTakenException;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.port.RevisionSummary;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.rules.Severity;
import org.junit.jupiter.api.Test;

/** The use cases over the in-memory store, on the real plan. */
class UseCasesTest {
  private static final String FILE = "plans/mics-2023-2025.kk.txt";
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");
  private static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);
  private static final TimeSource AUGUST_1 = TimeSource.fixed(Instant.parse("2024-08-01T04:00:00Z"));

  private final InMemoryPlans plans = new InMemoryPlans(AUGUST_1);
  private final NamedDocuments documents = new NamedDocuments().with(FILE, SeedPlan.plan())
      .with("edited.txt", retitled(SeedPlan.plan(), "11.2", "Листинг (жаңа)"));
  private final ImportDocument importer = new ImportDocument(plans, documents);
  private final PlanViews views = new PlanViews(plans, documents, AUGUST_1);
  private final RecordProgress progress = new RecordProgress(plans, AUGUST_1);
  private final PlanCatalog catalog = new PlanCatalog(plans);

  @Test
  void importingADocumentStoresItUnderTheKeyItsFileNameGivesAndAgainCreatesNothing() {
    ImportDocument.Imported first = importer.importDocument(source(FILE), Optional.empty());
    ImportDocument.Imported again = importer.importDocument(source(FILE), Optional.empty());

    assertThat(first).isEqualTo(new ImportDocument.Imported(KEY, 1, true, false,
        OptionalLong.empty()));
    assertThat(again).isEqualTo(new ImportDocument.Imported(KEY, 1, false, false,
        OptionalLong.empty()));
    assertThat(catalog.revisions(KEY)).extracting(RevisionSummary::activities)
        .containsExactly(47);
  }

  @Test
  void anExportedHistoryIsRestoredWholeUnderTheKeyGivenAndRefusedOverATakenOne() {
    PlanHistory history = PlanHistory.of(PlanKey.of("elsewhere"),
        List.of(new Revision(1, Instant.parse("2024-01-01T00:00:00Z"), SeedPlan.plan())),
        PlanProgress.none());
    documents.with("history.json", history);

    ImportDocument.Imported restored = importer.importDocument(source("history.json"),
        Optional.of(KEY));

    assertThat(restored).isEqualTo(new ImportDocument.Imported(KEY, 1, true, true,
        OptionalLong.of(0)));
    assertThatThrownBy(() -> importer.importDocument(source("history.json"), Optional.of(KEY)))
        .isInstanceOf(PlanKeyTakenException.class)
        .hasMessage("a plan is already stored under the key mics-2023-2025.kk; nothing was "
            + "restored");
  }

  @Test
  void aViewOfADocumentShowsItWithTheStoredProgressAndNeverStoresIt() {
    importer.importDocument(source(FILE), Optional.empty());
    importer.importDocument(source("edited.txt"), Optional.of(KEY));
    progress.record(step("11.2", Status.DONE, LocalDate.of(2024, 6, 19)));

    Viewed<List<OverdueActivity>> overdue = views.overdue(
        PlanSource.document(source(FILE)), OCTOBER_1);

    assertThat(overdue.plan().origin()).isEqualTo(OpenedPlan.Origin.DOCUMENT_CHANGED);
    assertThat(overdue.plan().storedRevision()).hasValue(2);
    assertThat(overdue.plan().title()).isEqualTo(SeedPlan.plan().title());
    // 32 are overdue on October 1 with no progress; 11.2 is done
    assertThat(overdue.answer()).hasSize(31)
        .extracting(o -> o.activity().code()).doesNotContain("11.2");
    assertThat(catalog.revisions(KEY)).hasSize(2);
    assertThat(catalog.revision(KEY, OptionalInt.empty()).plan().activity("11.2").orElseThrow()
        .title()).isEqualTo("Листинг (жаңа)");
  }

  @Test
  void aDocumentWhoseKeyHoldsNothingIsShownWithoutProgressAndStoresNothing() {
    Viewed<?> status = views.status(PlanSource.document(source(FILE)), OCTOBER_1);

    assertThat(status.plan().origin()).isEqualTo(OpenedPlan.Origin.DOCUMENT_NOT_STORED);
    assertThat(status.plan().storedRevision()).isEmpty();
    assertThat(((StatusSummary) status.answer()).done()).isZero();
    assertThat(catalog.plans()).isEmpty();
  }

  @Test
  void aDocumentEqualToTheStoredRevisionIsShownAsStored() {
    importer.importDocument(source(FILE), Optional.empty());

    assertThat(views.open(PlanSource.document(source(FILE))).origin())
        .isEqualTo(OpenedPlan.Origin.DOCUMENT_AS_STORED);
    assertThat(views.open(PlanSource.stored(KEY)).origin()).isEqualTo(OpenedPlan.Origin.STORED);
  }

  @Test
  void anExportedHistoryIsNoPlanToViewAndAnUnknownKeyIsUnknown() {
    documents.with("history.json", PlanHistory.of(KEY,
        List.of(new Revision(1, Instant.parse("2024-01-01T00:00:00Z"), SeedPlan.plan())),
        PlanProgress.none()));

    assertThatThrownBy(() -> views.open(PlanSource.document(source("history.json"))))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("history.json")
        .hasMessageContaining("is an exported history, not a plan");
    assertThatThrownBy(() -> views.open(PlanSource.stored(PlanKey.of("nowhere"))))
        .isInstanceOf(UnknownPlanException.class);
  }

  @Test
  void progressWithoutAVersionIsAppendedAndDatedTodayWhenNoDayIsGiven() {
    importer.importDocument(source(FILE), Optional.empty());

    ProgressEvent first = progress.record(new RecordProgress.Step(KEY, ActivityCode.of("11.2"),
        Status.IN_PROGRESS, Optional.empty(), "Айгүл", "", OptionalLong.empty()));
    ProgressEvent second = progress.record(step("11.2", Status.DONE, LocalDate.of(2024, 6, 19)));

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.on()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(second.sequence()).isEqualTo(2);
  }

  @Test
  void anExportOfTheLatestRevisionCarriesItsProgressTheDayAndTheLanguageAsked() throws Exception {
    importer.importDocument(source(FILE), Optional.empty());
    progress.record(step("11.2", Status.DONE, LocalDate.of(2024, 6, 19)));
    List<ExportedPlan> written = new java.util.ArrayList<>();
    PlanWriter writer = new PlanWriter() {
      @Override
      public void write(ActionPlan plan, java.io.OutputStream out) {
        throw new AssertionError("the export is written whole");
      }

      @Override
      public void write(ExportedPlan export, java.io.OutputStream out) {
        written.add(export);
      }
    };

    new ExportPlan(plans).latest(KEY, Optional.of(OCTOBER_1), Optional.of(Language.RU), writer,
        new ByteArrayOutputStream());

    ExportedPlan export = written.get(0);
    assertThat(export.key()).contains(KEY);
    assertThat(export.revision()).isEqualTo(1);
    assertThat(export.plan()).isEqualTo(SeedPlan.plan());
    assertThat(export.asOf()).contains(OCTOBER_1);
    assertThat(export.language()).isEqualTo(Language.RU);
    assertThat(export.progress().of("11.2").status()).isEqualTo(Status.DONE);
    assertThat(export.changes()).isEmpty();
    assertThatThrownBy(() -> new ExportPlan(plans).latest(PlanKey.of("none"), Optional.empty(),
        Optional.empty(), writer, new ByteArrayOutputStream()))
        .isInstanceOf(UnknownPlanException.class);
  }

  @Test
  void anExportForAWriterThatCountsChangesCarriesHowManyRevisionsChangedEachActivity()
      throws Exception {
    importer.importDocument(source(FILE), Optional.empty());
    importer.importDocument(source("edited.txt"), Optional.of(KEY));
    importer.importDocument(source(FILE), Optional.of(KEY));
    List<ExportedPlan> written = new java.util.ArrayList<>();
    PlanWriter writer = new PlanWriter() {
      @Override
      public void write(ActionPlan plan, java.io.OutputStream out) {
        throw new AssertionError("the export is written whole");
      }

      @Override
      public void write(ExportedPlan export, java.io.OutputStream out) {
        written.add(export);
      }

      @Override
      public boolean countsChanges() {
        return true;
      }
    };

    new ExportPlan(plans).latest(KEY, Optional.empty(), Optional.empty(), writer,
        new ByteArrayOutputStream());

    ExportedPlan export = written.get(0);
    assertThat(export.revision()).isEqualTo(3);
    assertThat(export.plan()).isEqualTo(SeedPlan.plan());
    // 11.2 was retitled in revision 2 and titled back in revision 3
    assertThat(export.changes()).containsExactly(java.util.Map.entry("11.2", 2));
    assertThat(export.changesOf("11.2")).isEqualTo(2);
    assertThat(export.changesOf("1.1")).isZero();
  }

  @Test
  void progressWithAStaleVersionIsAConflictAndStoresNothing() {
    importer.importDocument(source(FILE), Optional.empty());
    progress.record(step("11.2", Status.IN_PROGRESS, LocalDate.of(2024, 4, 2)));

    assertThatThrownBy(() -> progress.record(new RecordProgress.Step(KEY, ActivityCode.of("11.2"), Status.DONE,
        Optional.of(LocalDate.of(2024, 6, 19)), "Айгүл", "", OptionalLong.of(0))))
        .isInstanceOf(ProgressConflictException.class);
    assertThat(catalog.progress(KEY, Optional.empty()).version()).isEqualTo(1);
  }

  @Test
  void aNegativeExpectedVersionIsRefusedBeforeTheStoreIsAsked() {
    assertThatThrownBy(() -> new RecordProgress.Step(KEY, ActivityCode.of("11.2"), Status.DONE, Optional.empty(),
        "Айгүл", "", OptionalLong.of(-5))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDiffWithoutRevisionsComparesThePreviousWithTheLatest() {
    importer.importDocument(source(FILE), Optional.empty());
    importer.importDocument(source("edited.txt"), Optional.of(KEY));

    PlanCatalog.RevisionDiff diff = catalog.diff(KEY, OptionalInt.empty(), OptionalInt.empty());

    assertThat(diff.from()).isEqualTo(1);
    assertThat(diff.to()).isEqualTo(2);
    assertThat(diff.diff().changes()).containsExactly(new PlanDiff.Change("11.2", "title",
        SeedPlan.plan().activity("11.2").orElseThrow().title(), "Листинг (жаңа)"));
    assertThatThrownBy(() -> catalog.diff(KEY, OptionalInt.of(1), OptionalInt.of(3)))
        .isInstanceOf(UnknownPlanException.class).hasMessage("plan mics-2023-2025.kk has no "
            + "revision 3");
  }

  @Test
  void theProgressLogOfOneActivityKeepsThePlansVersion() {
    importer.importDocument(source(FILE), Optional.empty());
    progress.record(step("11.2", Status.IN_PROGRESS, LocalDate.of(2024, 4, 2)));
    progress.record(step("13.1", Status.IN_PROGRESS, LocalDate.of(2024, 9, 2)));

    PlanCatalog.ProgressLog log = catalog.progress(KEY, Optional.of(ActivityCode.of("13.1")));

    assertThat(log.version()).isEqualTo(2);
    assertThat(log.events()).extracting(ProgressEvent::activityCode).containsExactly("13.1");
  }

  @Test
  void theReportIsWrittenThroughItsPortWithTheSummaryItOpensWith() throws Exception {
    importer.importDocument(source(FILE), Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BuildReport report = new BuildReport(views, new kz.stat.mics.domain.port.ReportWriter() {
      @Override
      public void write(Request request, java.io.OutputStream o) throws java.io.IOException {
        o.write((request.asOf() + " " + request.labelLanguage().code())
            .getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public void writeSummary(Summary summary, java.io.OutputStream o) {
        throw new AssertionError("the seed is not a large plan");
      }
    });

    var summary = report.write(PlanSource.stored(KEY), OCTOBER_1, Optional.of(Language.RU), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2024-10-01 ru");
    assertThat(summary.answer().overdue()).isEqualTo(32);
    assertThat(summary.answer().activities()).isEqualTo(47);
  }

  @Test
  void checkingADocumentFindsTheBrokenPrecedenceWithoutAnyStore() {
    CheckDocument check = new CheckDocument(documents);

    CheckDocument.Checked checked = check.validate(source(FILE),
        List.of(Precedence.of("11.4", "11.2")));

    assertThat(checked.plan().activities()).hasSize(47);
    assertThat(checked.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(f -> f.activityCode().orElse("")).contains("11.2");
    assertThat(plans.list()).isEmpty();
  }

  @Test
  void theWorkloadRefusesAYearOutsideTheKnownRange() {
    importer.importDocument(source(FILE), Optional.empty());

    assertThatThrownBy(() -> views.workload(PlanSource.stored(KEY), Optional.of(3000), 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(views.workload(PlanSource.stored(KEY), Optional.of(2023), 5).answer().months())
        .hasSize(12);
  }

  private static RecordProgress.Step step(String code, Status status, LocalDate on) {
    return new RecordProgress.Step(KEY, ActivityCode.of(code), status, Optional.of(on), "Айгүл", "",
        OptionalLong.empty());
  }

  private static ActionPlan retitled(ActionPlan plan, String code, String title) {
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        com.google.common.collect.ImmutableList.copyOf(plan.sections().stream()
            .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
                .map(a -> a.code().equals(code) ? Activity.of(a.code(), title, a.responsible(),
                    a.deadline(), a.completionForm(), a.financing()) : a)
                .toList()))
            .toList()), plan.executors(), plan.precedences());
  }
}
