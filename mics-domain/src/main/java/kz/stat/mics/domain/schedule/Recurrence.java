package kz.stat.mics.domain.schedule;

/** How often an activity repeats ("ежемесячно", "ежеквартально", "жыл сайын"). */
public enum Recurrence {
  MONTHLY,
  QUARTERLY,
  YEARLY
}
