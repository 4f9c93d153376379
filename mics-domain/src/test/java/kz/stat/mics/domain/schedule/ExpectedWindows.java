package kz.stat.mics.domain.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Windows written the way {@link Window#toString()} prints them: "2024-03-01..2024-04-30; ..2024-03-15". */
final class ExpectedWindows {
  private ExpectedWindows() {}

  static List<Window> of(String notation) {
    List<Window> out = new ArrayList<>();
    for (String part : notation.split(";")) {
      String[] sides = part.trim().split("\\.\\.", -1);
      out.add(new Window(side(sides[0]), side(sides[1])));
    }
    return out;
  }

  private static Optional<LocalDate> side(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.trim()));
  }
}
