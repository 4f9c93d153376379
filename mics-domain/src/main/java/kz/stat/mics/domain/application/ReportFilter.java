package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.progress.Status;

/**
 * Which activities a report shows: those of an executor (named anywhere among the responsible),
 * with a status on the report's day, in a section (its number); empty parts keep every activity.
 */
public record ReportFilter(Optional<String> executor, Optional<Status> status,
    Optional<String> section) {
  public ReportFilter {
    checkNotNull(executor, "executor");
    checkNotNull(status, "status");
    checkNotNull(section, "section");
    executor = executor.map(Names::normalize).filter(e -> !e.isEmpty());
    section = section.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Every activity. */
  public static ReportFilter none() {
    return new ReportFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean isNone() {
    return executor.isEmpty() && status.isEmpty() && section.isEmpty();
  }

  /** Whether {@code row} is shown. */
  public boolean keeps(ActivityRow row) {
    return executor.map(e -> row.activity().responsible().stream().map(Names::key)
            .anyMatch(Names.key(e)::equals)).orElse(true)
        && status.map(s -> row.status() == s).orElse(true)
        && section.map(s -> row.section().number().equals(s)).orElse(true);
  }
}
