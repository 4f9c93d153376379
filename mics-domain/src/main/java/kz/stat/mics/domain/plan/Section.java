package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A numbered group of activities ("11 Listing"). */
public record Section(String number, String title, ImmutableList<Activity> activities) {
  public Section {
    checkNotNull(number, "number");
    checkNotNull(title, "title");
    number = number.trim();
    checkArgument(!number.isEmpty(), "section number is blank");
    activities = ImmutableList.copyOf(activities);
  }

  public static Section of(String number, String title, List<Activity> activities) {
    return new Section(number, title, ImmutableList.copyOf(activities));
  }
}
