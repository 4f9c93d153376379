package kz.stat.mics.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityProgressTest {
  private static final Instant AT = Instant.parse("2024-06-20T09:00:00Z");

  private static ProgressEvent event(long seq, Status status, String on) {
    return new ProgressEvent(seq, "11.2", status, LocalDate.parse(on), AT, "ХСД", "");
  }

  @Test
  void anActivityWithNoEventIsPlanned() {
    assertThat(PlanProgress.none().of("11.2").status()).isEqualTo(Status.PLANNED);
    assertThat(PlanProgress.none().version()).isZero();
  }

  @Test
  void startIsTheFirstDayInProgressAndFinishTheDayItWasDone() {
    PlanProgress p = PlanProgress.of(List.of(
        event(1, Status.IN_PROGRESS, "2024-04-02"),
        event(2, Status.DONE, "2024-06-19")));
    ActivityProgress a = p.of("11.2");
    assertThat(a.status()).isEqualTo(Status.DONE);
    assertThat(a.actualStart()).contains(LocalDate.of(2024, 4, 2));
    assertThat(a.actualFinish()).contains(LocalDate.of(2024, 6, 19));
    assertThat(p.version()).isEqualTo(2);
  }

  @Test
  void reopeningADoneActivityClearsItsFinish() {
    PlanProgress p = PlanProgress.of(List.of(
        event(1, Status.DONE, "2024-06-19"),
        event(2, Status.IN_PROGRESS, "2024-06-25")));
    assertThat(p.of("11.2").actualFinish()).isEmpty();
    assertThat(p.of("11.2").actualStart()).contains(LocalDate.of(2024, 6, 19));
  }

  @Test
  void aStepRecordedLateTakesItsPlaceByTheDayItTookEffect() {
    PlanProgress p = PlanProgress.of(List.of(
        event(1, Status.IN_PROGRESS, "2024-01-10"),
        event(2, Status.DONE, "2024-01-05")));
    ActivityProgress a = p.of("11.2");
    assertThat(a.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(a.actualFinish()).isEmpty();
    assertThat(a.actualStart()).contains(LocalDate.of(2024, 1, 5));
    assertThat(a.events()).extracting(ProgressEvent::sequence).containsExactly(1L, 2L);
  }
}
