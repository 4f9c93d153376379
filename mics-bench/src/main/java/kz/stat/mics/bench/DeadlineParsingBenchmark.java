package kz.stat.mics.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.schedule.YearRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading deadline texts: the 47 of the seed plan, and a mix of Russian and English forms. One
 * operation is one deadline (the scores are per deadline, not per list).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DeadlineParsingBenchmark {
  /** Russian and English forms the parser reads, as a Russian or English plan would write them. */
  static final List<String> MIXED = List.of(
      "до 15 марта 2024 г.", "15 марта 2024", "1-20 апреля 2024", "март 2024",
      "4-й квартал 2023 г.", "1-2 кварталы 2024 г.", "1-е полугодие 2025 г.", "2024 год",
      "2023-2025 гг.", "ежеквартально", "ежеквартально в 2024 году", "в течение года",
      "29 февраля 2024", "15.03.2024", "15.03.2024-20.04.2024",
      "March 2024", "15 March 2024", "1-20 April 2024", "1 – 20 April 2024", "Q4 2023",
      "by 15 March 2024", "15/03/2024", "2024-03-15");

  static final int SEED_COUNT = 47;

  private final DeadlineContext context =
      DeadlineContext.of(Language.KK).withYears(YearRange.of(2023, 2025));
  private String[] seed;
  private String[] mixed;

  @Setup
  public void setUp() {
    seed = BenchPlans.seedDeadlineTexts().toArray(String[]::new);
    if (seed.length != SEED_COUNT) {
      throw new IllegalStateException("expected 47 seed deadlines, found " + seed.length);
    }
    mixed = MIXED.toArray(String[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(SEED_COUNT)
  public void seedDeadlines(Blackhole bh) {
    for (String t : seed) {
      bh.consume(DeadlineParser.read(t, context));
    }
  }

  @Benchmark
  @OperationsPerInvocation(23)
  public void russianAndEnglishDeadlines(Blackhole bh) {
    for (String t : mixed) {
      bh.consume(DeadlineParser.read(t, context));
    }
  }
}
