package kz.stat.mics.domain.progress;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.List;

/**
 * Every progress event recorded on a plan, in sequence order. Its version is the sequence number of
 * the last event (0 when there is none); a writer names the version it last saw, so that two writers
 * cannot overwrite each other.
 */
public final class PlanProgress {
  private static final PlanProgress NONE = new PlanProgress(ImmutableList.of());

  private final ImmutableList<ProgressEvent> events;
  private final ImmutableListMultimap<String, ProgressEvent> byActivity;

  private PlanProgress(List<ProgressEvent> events) {
    this.events = ImmutableList.copyOf(events);
    for (int i = 0; i < this.events.size(); i++) {
      checkArgument(this.events.get(i).sequence() == i + 1,
          "progress events must be numbered 1, 2, ... without gaps; found %s at place %s",
          this.events.get(i).sequence(), i + 1);
    }
    this.byActivity = Multimaps.index(this.events, ProgressEvent::activityCode);
  }

  public static PlanProgress of(List<ProgressEvent> events) {
    return new PlanProgress(events);
  }

  public static PlanProgress none() {
    return NONE;
  }

  public ImmutableList<ProgressEvent> events() {
    return events;
  }

  /** The sequence number of the last event, 0 when there is none. */
  public long version() {
    return events.size();
  }

  /** The events of one activity, oldest first. */
  public ImmutableList<ProgressEvent> eventsOf(String code) {
    return byActivity.get(code.trim());
  }

  /** Where one activity stands. */
  public ActivityProgress of(String code) {
    return ActivityProgress.of(code.trim(), eventsOf(code));
  }

  /** This progress with one more event appended. */
  public PlanProgress append(ProgressEvent event) {
    return new PlanProgress(ImmutableList.<ProgressEvent>builder().addAll(events).add(event).build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanProgress other && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "PlanProgress" + events;
  }
}
