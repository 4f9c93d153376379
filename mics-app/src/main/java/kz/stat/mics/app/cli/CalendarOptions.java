package kz.stat.mics.app.cli;

import java.util.Optional;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.port.PlanWriter;
import picocli.CommandLine.Option;

/** The option of a command that writes a calendar: one executor's activities only. */
final class CalendarOptions {

  @Option(names = "--executor", paramLabel = "CODE", description = "With --to ics: only the "
      + "activities this executor is responsible for (a code such as ХСД, or a name written out "
      + "in the plan): one department's own calendar.")
  String executor;

  /** The calendar writer; {@code --executor} with any other format is a usage error. */
  PlanWriter writer(CompositionRoot root, String format) {
    if (!format.equals("ics")) {
      if (executor != null) {
        throw UserError.usage("--executor goes with --to ics only");
      }
      return null;
    }
    return root.calendarWriter(Optional.ofNullable(executor));
  }
}
