package kz.stat.mics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.monitoring.Load;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.schedule.DeadlineReading;
import kz.stat.mics.domain.schedule.YearRange;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim: real inputs that read without failure, once each. */
class BenchmarkInputsTest {

  private final DeadlineContext context =
      DeadlineContext.of(Language.KK).withYears(YearRange.of(2023, 2025));

  @Test
  void theSeedIsTheWholePlanWith47Deadlines() {
    assertThat(BenchPlans.seed().sections()).hasSize(15);
    assertThat(BenchPlans.seedDeadlineTexts()).hasSize(DeadlineParsingBenchmark.SEED_COUNT);
  }

  @Test
  void everyDeadlineTheParserBenchmarkReadsIsUnderstood() {
    BenchPlans.seedDeadlineTexts().forEach(t -> assertThat(DeadlineParser.read(t, context))
        .as(t).isInstanceOf(DeadlineReading.Understood.class));
    DeadlineParsingBenchmark.MIXED.forEach(t -> assertThat(DeadlineParser.read(t, context))
        .as(t).isInstanceOf(DeadlineReading.Understood.class));
    assertThat(DeadlineParsingBenchmark.MIXED).hasSize(23);
  }

  @Test
  void theLargePlanHasTenThousandActivitiesAndSurvivesTheTableText() {
    TableDocumentBenchmark b = new TableDocumentBenchmark();
    b.setUp();
    assertThat(b.readLarge().activities()).hasSize(10_000);
    assertThat(b.readLarge().sections()).hasSize(100);
    assertThat(b.readSeed().activities()).hasSize(47);
  }

  @Test
  void theJsonBenchmarkReadsBackThePlanItWrote() {
    JsonDocumentBenchmark b = new JsonDocumentBenchmark();
    b.plan = "10000";
    b.setUp();
    assertThat(b.read()).isEqualTo(BenchPlans.synthetic(10_000));
  }

  @Test
  void theMonitorAnswersForTheSeedWithProgressOnTwoActivitiesInThree() {
    MonitorBenchmark b = new MonitorBenchmark();
    b.plan = "seed";
    b.setUp();
    // Done on its due day: every third activity from 1.1; known by 1 October 2024 for the eleven
    // due before it (1.1, 3.1, 3.4, 5.1, 6.2, 7.2, 8.2, 9.1, 11.1, 11.4, 12.1), not for 10.1,
    // 13.3, 14.1, 14.4, 15.1. In progress from its start: every third from 2.1; started by then
    // for twelve, not for 6.3, 13.4, 14.2, 14.5. Overdue: the 32 due before, less the eleven done.
    assertThat(b.overdue()).extracting(o -> o.activity().code()).containsExactly("2.1", "2.2",
        "3.2", "3.3", "4.1", "4.2", "5.2", "6.1", "7.1", "7.3", "8.1", "8.3", "8.4", "9.2", "9.3",
        "10.2", "10.3", "11.2", "11.3", "11.5", "11.6");
    StatusSummary status = b.status();
    assertThat(List.of(status.activities(), status.done(), status.inProgress(), status.planned(),
        status.cancelled(), status.overdue(), status.dueSoon()))
        .containsExactly(47, 11, 12, 24, 0, 21, 0);
    Workload workload = b.workload();
    // January 2023 to December 2025, the plan's period; 13 executors are named in the table
    assertThat(workload.months()).hasSize(36);
    assertThat(workload.rows()).hasSize(13);
    // ХСД in September 2024: lead of 10.3, 13.1 and 15.1; co-executor of 10.1 and 13.3
    assertThat(workload.load("ХСД", YearMonth.of(2024, 9))).isEqualTo(new Load(3, 2));
  }

  @Test
  void theMonitorAnswersForASyntheticPlanOfAThousandActivities() {
    // 1,000 rather than 10,000: the workload view grows with the square of the plan (see
    // docs/performance.md), and this test only checks the inputs.
    MonitorBenchmark b = new MonitorBenchmark();
    b.plan = "1000";
    b.setUp();
    // Activity i copies seed activity i mod 47 and gets progress by i mod 3; 47 and 3 are coprime,
    // so 141 activities take every pair once: 7 such runs (987) and then seed activities 1.1 to
    // 6.2 (all overdue in the seed) with i mod 3 = 0, 1, 2, 0, ...
    // Overdue: 32 patterns x 2 of the 3 progress kinds x 7, and 8 of the last 13: 456.
    // Done: 32 x 7 + 5 = 229. In progress: the 38 patterns started by then x 7 + 4 = 270.
    assertThat(b.overdue()).hasSize(456);
    StatusSummary status = b.status();
    assertThat(List.of(status.activities(), status.done(), status.inProgress(), status.planned(),
        status.cancelled(), status.overdue(), status.dueSoon()))
        .containsExactly(1000, 229, 270, 501, 0, 456, 0);
    Workload workload = b.workload();
    assertThat(workload.months()).hasSize(36);
    assertThat(workload.rows()).hasSize(13);
    // 10.3, 13.1, 15.1, 10.1 and 13.3 come after the first 13 of the seed: 21 copies each
    assertThat(workload.load("ХСД", YearMonth.of(2024, 9))).isEqualTo(new Load(63, 42));
  }
}
