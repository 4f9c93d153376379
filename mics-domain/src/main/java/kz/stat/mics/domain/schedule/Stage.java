package kz.stat.mics.domain.schedule;

/**
 * One of the three parts a deadline may name of a month, quarter, half-year or year: its beginning,
 * middle or end ("начало марта", "mid-2024", "2024 жылдың соңы"). The ten-day parts of a month
 * ("I декада марта") are its three stages too.
 */
enum Stage {
  BEGINNING,
  MIDDLE,
  END
}
