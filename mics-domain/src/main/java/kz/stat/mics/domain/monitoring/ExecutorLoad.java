package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One row of the workload matrix: the executor (its directory code when the plan lists it, else the
 * name as written), its load in each month of the matrix, its totals, its busiest month and the months
 * in which it carries more activities than the overload threshold.
 */
public record ExecutorLoad(
    String executor,
    ImmutableList<Load> months,
    Load total,
    Optional<YearMonth> busiestMonth,
    ImmutableList<YearMonth> overloadedMonths) {

  public ExecutorLoad {
    checkNotNull(executor, "executor");
    months = ImmutableList.copyOf(months);
    checkNotNull(total, "total");
    checkNotNull(busiestMonth, "busiestMonth");
    overloadedMonths = ImmutableList.copyOf(overloadedMonths);
    checkArgument(months.stream().map(Load::total).reduce(0, Integer::sum) == total.total(),
        "total does not add up");
  }

  public boolean isOverloaded() {
    return !overloadedMonths.isEmpty();
  }
}
