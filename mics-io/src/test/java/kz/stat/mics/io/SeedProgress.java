package kz.stat.mics.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;

/**
 * The seed with progress, seen on 15 April 2023: 1.1 done (green), 2.1 in progress and due 31 May
 * (amber), 2.2 planned, 3.1 planned and due 31 March (overdue, red), 3.3 cancelled (grey).
 */
public final class SeedProgress {
  public static final LocalDate AS_OF = LocalDate.of(2023, 4, 15);

  private SeedProgress() {}

  public static PlanProgress progress() {
    Instant at = Instant.parse("2023-04-15T08:00:00Z");
    return PlanProgress.of(List.of(
        new ProgressEvent(1, "1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 6), at, "ХСД", ""),
        new ProgressEvent(2, "1.1", Status.DONE, LocalDate.of(2023, 2, 20), at, "ХСД", ""),
        new ProgressEvent(3, "2.1", Status.IN_PROGRESS, LocalDate.of(2023, 3, 1), at, "ӘЖД", ""),
        new ProgressEvent(4, "3.3", Status.CANCELLED, LocalDate.of(2023, 4, 1), at, "ХСД", ""),
        // known only after the day: not shown
        new ProgressEvent(5, "3.1", Status.DONE, LocalDate.of(2023, 5, 2), at, "ХСД", "")));
  }

  /** The seed's export as of {@link #AS_OF}, labels in {@code language}. */
  public static ExportedPlan asOf(Language language) {
    return new ExportedPlan(Optional.of(PlanKey.of("mics-2023-2025.kk")), 3, SeedPlan.plan(),
        progress(), Optional.of(AS_OF), language);
  }
}
