package kz.stat.mics.io.internal;

import java.util.List;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.progress.ActivityProgress;
import kz.stat.mics.domain.progress.ProgressEvent;

/** Where an activity of an export stands: its progress events up to the export's day, folded. */
public final class Standing {
  private Standing() {}

  /** The progress of {@code code} as of the export's day, or with every event when it has none. */
  public static ActivityProgress of(ExportedPlan export, String code) {
    List<ProgressEvent> events = export.progress().eventsOf(code);
    if (export.asOf().isPresent()) {
      events = events.stream().filter(e -> !e.on().isAfter(export.asOf().get())).toList();
    }
    return ActivityProgress.of(code, events);
  }
}
