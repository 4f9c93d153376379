package kz.stat.mics.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed written as a workbook reads back as the same plan, with or without its progress. */
class XlsxPlanRoundTripTest {
  static final LocalDate AS_OF = LocalDate.of(2023, 4, 15);

  /**
   * On 15 April 2023: 1.1 done (green), 2.1 in progress and due 31 May (amber), 2.2 planned, 3.1
   * planned and due 31 March (overdue, red), 3.3 cancelled (grey).
   */
  static PlanProgress progress() {
    Instant at = Instant.parse("2023-04-15T08:00:00Z");
    return PlanProgress.of(List.of(
        new ProgressEvent(1, "1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 6), at, "ХСД", ""),
        new ProgressEvent(2, "1.1", Status.DONE, LocalDate.of(2023, 2, 20), at, "ХСД", ""),
        new ProgressEvent(3, "2.1", Status.IN_PROGRESS, LocalDate.of(2023, 3, 1), at, "ӘЖД", ""),
        new ProgressEvent(4, "3.3", Status.CANCELLED, LocalDate.of(2023, 4, 1), at, "ХСД", ""),
        // known only after the day: not shown
        new ProgressEvent(5, "3.1", Status.DONE, LocalDate.of(2023, 5, 2), at, "ХСД", "")));
  }

  static ExportedPlan asOf(Language language) {
    return new ExportedPlan(Optional.of(PlanKey.of("mics-2023-2025.kk")), 3, SeedPlan.plan(),
        progress(), Optional.of(AS_OF), language);
  }

  static byte[] write(ExportedPlan export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XlsxPlanWriter().write(export, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ActionPlan read(byte[] bytes) {
    return new XlsxPlanReader().read("plan.xlsx", new ByteArrayInputStream(bytes));
  }

  @Test
  void theSeedReadsBackEqual() {
    assertThat(read(write(ExportedPlan.of(SeedPlan.plan())))).isEqualTo(SeedPlan.plan());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSeedWithItsStatusInAnyLanguageReadsBackEqual(Language language) {
    assertThat(read(write(asOf(language)))).isEqualTo(SeedPlan.plan());
  }
}
