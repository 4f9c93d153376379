package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The first rows of a longer answer, with how many rows the whole answer has: a view shows a page and
 * says how many more there are, without the store handing over the rest.
 *
 * @param items the rows of the page, in the answer's order
 * @param total how many rows the whole answer has
 */
public record Page<T>(ImmutableList<T> items, long total) {
  /** No limit: every row on one page. */
  public static final int ALL = Integer.MAX_VALUE;

  public Page {
    items = ImmutableList.copyOf(items);
    checkArgument(total >= items.size(), "a page of %s rows out of %s", items.size(), total);
  }

  /** The first {@code limit} rows of a whole answer. */
  public static <T> Page<T> first(List<T> all, int limit) {
    checkArgument(limit >= 0, "a limit is 0 or more: %s", limit);
    return new Page<>(ImmutableList.copyOf(all.subList(0, Math.min(limit, all.size()))), all.size());
  }

  /** How many rows the whole answer has beyond this page. */
  public long more() {
    return total - items.size();
  }
}
