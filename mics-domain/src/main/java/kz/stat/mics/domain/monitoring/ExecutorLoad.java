package kz.stat.mics.domain.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The row of {@code executor} from its load in each month of {@code columns} (the same length):
   * the total, the busiest month (the first of the most loaded) and the months above
   * {@code overloadThreshold}.
   */
  public static ExecutorLoad of(String executor, List<Load> months, List<YearMonth> columns,
      int overloadThreshold) {
    checkArgument(months.size() == columns.size(), "one load per month");
    Load total = Load.NONE;
    Optional<YearMonth> busiest = Optional.empty();
    int most = 0;
    List<YearMonth> overloaded = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      total = total.plus(months.get(i));
      if (months.get(i).total() > most) {
        most = months.get(i).total();
        busiest = Optional.of(columns.get(i));
      }
      if (months.get(i).total() > overloadThreshold) {
        overloaded.add(columns.get(i));
      }
    }
    return new ExecutorLoad(executor, ImmutableList.copyOf(months), total, busiest,
        ImmutableList.copyOf(overloaded));
  }

  public boolean isOverloaded() {
    return !overloadedMonths.isEmpty();
  }
}
