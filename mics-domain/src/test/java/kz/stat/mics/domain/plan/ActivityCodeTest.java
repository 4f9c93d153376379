package kz.stat.mics.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import kz.stat.mics.domain.fixtures.SeedPlan;
import org.junit.jupiter.api.Test;

class ActivityCodeTest {

  @Test
  void aCodeNamesTheSectionBeforeItsDot() {
    assertThat(ActivityCode.of("11.2").section()).contains("11");
    assertThat(ActivityCode.of(" 3.1 ").value()).isEqualTo("3.1");
    assertThat(ActivityCode.of("11.2").belongsTo("11")).isTrue();
    assertThat(ActivityCode.of("11.2").belongsTo("1")).isFalse();
    assertThat(ActivityCode.of("1.12").belongsTo("11")).isFalse();
  }

  @Test
  void aCodeOfAnotherShapeNamesNoSection() {
    assertThat(ActivityCode.of("А.1").section()).isEmpty();
    assertThat(ActivityCode.of("11").section()).isEmpty();
    assertThat(ActivityCode.of("3.1a").belongsTo("3")).isFalse();
    assertThatThrownBy(() -> ActivityCode.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesSortByNumberNotByText() {
    List<String> sorted = Stream.of("11.10", "2.1", "11.9", "А.1", "1.1", "11.02", "11.2")
        .map(ActivityCode::of).sorted().map(ActivityCode::value).toList();

    assertThat(sorted).containsExactly("1.1", "2.1", "11.2", "11.02", "11.9", "11.10", "А.1");
  }

  @Test
  void everyCodeOfTheSeedPlanNamesItsOwnSectionAndTheyAreInPlanOrder() {
    ActionPlan seed = SeedPlan.plan();
    for (Section s : seed.sections()) {
      assertThat(s.activities()).allSatisfy(a ->
          assertThat(a.activityCode().belongsTo(s.number())).as(a.code()).isTrue());
    }
    List<ActivityCode> codes = seed.activities().stream().map(Activity::activityCode).toList();
    assertThat(codes).isSorted();
  }
}
