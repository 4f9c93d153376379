package kz.stat.mics.domain.executor;

import static org.assertj.core.api.Assertions.assertThat;

import kz.stat.mics.domain.fixtures.SeedPlan;
import org.junit.jupiter.api.Test;

class ExecutorDirectoryTest {
  private final ExecutorDirectory directory = SeedPlan.directory();

  @Test
  void findsAnExecutorByCodeIgnoringCaseAndSpaces() {
    assertThat(directory.byCode("хсд")).map(Executor::name)
        .contains("Халық статистикасы департаменті");
    assertThat(directory.byCode("ҚР  СЖРА ҰСБ")).isPresent();
    assertThat(directory.byCode("ҚРСЖРАҰСБ")).isPresent();
  }

  @Test
  void findsAnExecutorByItsFullName() {
    assertThat(directory.find("халық статистикасы   департаменті")).map(Executor::code)
        .contains("ХСД");
  }

  @Test
  void knowsTheExecutorsThePlanWritesOutInFull() {
    assertThat(KnownExecutors.contains("ҚР СЖРА ҰСБ аумақтық  бөлімшелер")).isTrue();
    assertThat(KnownExecutors.contains("Баспасөз қызметі")).isTrue();
    assertThat(KnownExecutors.contains("Министерство финансов")).isFalse();
  }
}
