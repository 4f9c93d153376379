package kz.stat.mics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import kz.stat.mics.domain.language.Language;
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
  void theMonitorFindsOverdueWorkInTheSeedAndASyntheticPlan() {
    // 1,000 rather than 10,000: the workload view grows with the square of the plan (see
    // docs/performance.md), and this test only checks the inputs.
    for (String plan : new String[] {"seed", "1000"}) {
      MonitorBenchmark b = new MonitorBenchmark();
      b.plan = plan;
      b.setUp();
      assertThat(b.overdue()).as(plan).isNotEmpty();
      assertThat(b.status()).as(plan).isNotNull();
      assertThat(b.workload()).as(plan).isNotNull();
    }
  }
}
