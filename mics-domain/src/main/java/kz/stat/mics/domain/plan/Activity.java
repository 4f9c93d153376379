package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.schedule.Deadline;

/**
 * One row of the plan: its code ("11.2"), what is to be done, who is responsible (the first is the
 * lead), by when, what proves it done, and who pays.
 */
public record Activity(
    String code,
    String title,
    ImmutableList<String> responsible,
    Deadline deadline,
    String completionForm,
    Financing financing) {

  public Activity {
    checkNotNull(code, "code");
    checkNotNull(title, "title");
    checkNotNull(deadline, "deadline");
    checkNotNull(completionForm, "completionForm");
    checkNotNull(financing, "financing");
    code = code.trim();
    checkArgument(!code.isEmpty(), "activity code is blank");
    responsible = normalized(responsible);
  }
  /** The names normalised, blank ones left out; the list itself when that changes none. */
  private static ImmutableList<String> normalized(ImmutableList<String> names) {
    boolean same = true;
    for (String name : names) {
      String n = Names.normalize(name);
      if (n.isEmpty() || !n.equals(name)) {
        same = false;
        break;
      }
    }
    if (same) {
      return names;
    }
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(names.size());
    for (String name : names) {
      String n = Names.normalize(name);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out.build();
  }

  /** The code as a value that knows the section it names. */
  public ActivityCode activityCode() {
    return ActivityCode.of(code);
  }


  public static Activity of(String code, String title, List<String> responsible, Deadline deadline,
      String completionForm, Financing financing) {
    return new Activity(code, title, ImmutableList.copyOf(responsible), deadline, completionForm,
        financing);
  }

  /** The lead executor: the first one listed. */
  public Optional<String> lead() {
    return responsible.isEmpty() ? Optional.empty() : Optional.of(responsible.get(0));
  }

  public Activity withDeadline(Deadline value) {
    return new Activity(code, title, responsible, value, completionForm, financing);
  }
}
