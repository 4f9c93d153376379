package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes deadlines back as text in one canonical English form ("March 2024 - April 2024; 15 September
 * 2024 (10 days) (tentative)"), so that tests can check that {@link DeadlineParser} reads any deadline
 * it can hold back into the same windows, duration, tentative flag and recurrence.
 */
final class CanonicalForm {
  private CanonicalForm() {}

  /**
   * The canonical text of {@code deadline}: windows that are whole months as months ("March 2024",
   * "March 2024 - May 2024"), others as days ("15 March 2024", "by 15 March 2024", "from 1 March
   * 2024"), separated by "; ", then " (N days)" and " (tentative)". A recurring deadline is written as
   * its recurrence and the span its periods cover ("quarterly January 2023 - December 2025"). A
   * deadline without windows keeps its own text.
   */
  static String canonical(Deadline deadline) {
    checkNotNull(deadline, "deadline");
    List<Window> windows = deadline.windows();
    if (windows.isEmpty()) {
      return deadline.text();
    }
    StringBuilder out = new StringBuilder();
    Window firstWindow = windows.get(0);
    Window lastWindow = windows.get(windows.size() - 1);
    if (deadline.recurrence().isPresent() && firstWindow.from().isPresent()
        && lastWindow.to().isPresent()) {
      out.append(recurrence(deadline.recurrence().get())).append(' ')
          .append(window(Window.of(firstWindow.from().get(), lastWindow.to().get())));
    } else {
      deadline.recurrence().ifPresent(r -> out.append(recurrence(r)).append(' '));
      StringJoiner joined = new StringJoiner("; ");
      for (Window w : windows) {
        joined.add(window(w));
      }
      out.append(joined);
    }
    deadline.durationDays().ifPresent(
        d -> out.append(" (").append(d).append(d == 1 ? " day)" : " days)"));
    if (deadline.tentative()) {
      out.append(" (tentative)");
    }
    return out.toString();
  }

  /** One window in canonical form. */
  static String window(Window w) {
    checkNotNull(w, "window");
    if (w.from().isEmpty()) {
      return "by " + day(w.to().get());
    }
    if (w.to().isEmpty()) {
      return "from " + day(w.from().get());
    }
    LocalDate from = w.from().get();
    LocalDate to = w.to().get();
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to);
    if (from.getDayOfMonth() == 1 && to.equals(last.atEndOfMonth())) {
      return first.equals(last) ? month(first) : month(first) + " - " + month(last);
    }
    return from.equals(to) ? day(from) : day(from) + " - " + day(to);
  }

  private static String recurrence(Recurrence r) {
    switch (r) {
      case MONTHLY:
        return "monthly";
      case QUARTERLY:
        return "quarterly";
      default:
        return "annually";
    }
  }

  private static String month(YearMonth m) {
    return name(m.getMonth()) + " " + m.getYear();
  }

  private static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + name(d.getMonth()) + " " + d.getYear();
  }

  private static String name(Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
