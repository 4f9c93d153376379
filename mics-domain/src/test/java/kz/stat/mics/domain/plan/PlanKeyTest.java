package kz.stat.mics.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PlanKeyTest {

  @Test
  void aKeyFromAFileNameDropsTheFolderAndExtension() {
    assertThat(PlanKey.fromFileName("examples/mics-2023-2025.kk.txt").value())
        .isEqualTo("mics-2023-2025.kk");
    assertThat(PlanKey.fromFileName("/tmp/План МИКС.docx").value()).isEqualTo("plan-miks");
    assertThat(PlanKey.fromFileName("жоспар.txt").value()).isEqualTo("zhospar");
    assertThat(PlanKey.fromFileName("Іс-шаралар жоспары 2023.txt").value())
        .isEqualTo("is-sharalar-zhospary-2023");
    assertThat(PlanKey.fromFileName("★.txt").value()).isEqualTo("plan");
    assertThat(PlanKey.fromFileName("C:\\plans\\Plan 2024.csv").value()).isEqualTo("plan-2024");
  }

  @Test
  void refusesKeysThatCouldBeMistakenForOptionsOrPaths() {
    assertThatIllegalArgumentException().isThrownBy(() -> PlanKey.of("-x"));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanKey.of("a/b"));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanKey.of(""));
  }
}
