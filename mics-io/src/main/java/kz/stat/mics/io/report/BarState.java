package kz.stat.mics.io.report;

import java.time.LocalDate;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.progress.Status;

/** How an activity's bars are coloured as of the report date; the first that applies wins. */
enum BarState {
  DONE("done"),
  CANCELLED("cancelled"),
  OVERDUE("overdue"),
  IN_PROGRESS("in-progress"),
  TENTATIVE("tentative"),
  PLANNED("planned");

  private final String css;

  BarState(String css) {
    this.css = css;
  }

  /** The value of the {@code data-state} attribute and the key suffix of its label. */
  String css() {
    return css;
  }

  static BarState of(Activity activity, Status status, LocalDate asOf) {
    return switch (status) {
      case DONE -> DONE;
      case CANCELLED -> CANCELLED;
      default -> {
        if (activity.deadline().due().map(d -> d.isBefore(asOf)).orElse(false)) {
          yield OVERDUE;
        }
        if (status == Status.IN_PROGRESS) {
          yield IN_PROGRESS;
        }
        yield activity.deadline().tentative() ? TENTATIVE : PLANNED;
      }
    };
  }
}
