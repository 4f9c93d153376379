package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * Who carries how many activities in which month: one row per executor in order of first appearance
 * in the plan, one column per month, and the threshold above which a month counts as overloaded.
 */
public record Workload(ImmutableList<YearMonth> months, ImmutableList<ExecutorLoad> rows,
    int overloadThreshold) {

  public Workload {
    months = ImmutableList.copyOf(months);
    rows = ImmutableList.copyOf(rows);
    checkArgument(overloadThreshold >= 1, "threshold must be positive: %s", overloadThreshold);
    for (ExecutorLoad r : rows) {
      checkArgument(r.months().size() == months.size(), "row %s has the wrong number of months",
          r.executor());
    }
  }

  /** The row of one executor, by the name the row carries. */
  public Optional<ExecutorLoad> row(String executor) {
    checkNotNull(executor, "executor");
    return rows.stream().filter(r -> r.executor().equals(executor)).findFirst();
  }

  /** The load of one executor in one month; none when the executor or month is not in the matrix. */
  public Load load(String executor, YearMonth month) {
    int i = months.indexOf(month);
    return i < 0 ? Load.NONE : row(executor).map(r -> r.months().get(i)).orElse(Load.NONE);
  }

  /** The rows with the largest total first; ties keep the order of first appearance. */
  public ImmutableList<ExecutorLoad> rowsByTotal() {
    return rows.stream()
        .sorted(Comparator.comparingInt((ExecutorLoad r) -> r.total().total()).reversed())
        .collect(ImmutableList.toImmutableList());
  }

  /** The largest count in any cell, 0 for an empty matrix. */
  public int maxCell() {
    return rows.stream().flatMap(r -> r.months().stream()).mapToInt(Load::total).max().orElse(0);
  }
}
