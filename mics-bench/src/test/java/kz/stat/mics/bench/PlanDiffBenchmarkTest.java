package kz.stat.mics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import kz.stat.mics.domain.plan.PlanDiff;
import org.junit.jupiter.api.Test;

/** The diff benchmark compares what it claims: the same codes, one title in ten changed. */
class PlanDiffBenchmarkTest {

  @Test
  void twoThousandActivitiesDifferInTwoHundredTitlesAndNothingElse() {
    PlanDiffBenchmark b = new PlanDiffBenchmark();
    b.activities = 2000;
    b.setUp();

    PlanDiff diff = b.between();

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changes()).hasSize(200);
    assertThat(diff.changes()).allSatisfy(c -> assertThat(c.field()).isEqualTo("title"));
    assertThat(diff.changes().get(0).code()).isEqualTo("1.1");
    assertThat(diff.changes().get(1).code()).isEqualTo("1.11");
  }
}
