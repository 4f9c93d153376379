package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity's code as the plan writes it, such as {@code 11.2}: the number of its section, a dot,
 * and its number there. A code of another shape ("А.1", "11") is kept as written; it names no
 * section, and the rules report it.
 */
public record ActivityCode(String value) implements Comparable<ActivityCode> {
  private static final Pattern SHAPE = Pattern.compile("(\\d+)\\.(\\d+)");

  public ActivityCode {
    checkNotNull(value, "value");
    value = value.trim();
    checkArgument(!value.isEmpty(), "activity code is blank");
  }

  public static ActivityCode of(String value) {
    return new ActivityCode(value);
  }

  /** The number of the section the code names: {@code 11} for {@code 11.2}; empty for another shape. */
  public Optional<String> section() {
    Matcher m = SHAPE.matcher(value);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether the code names the section numbered {@code number} ({@code 11.2} names {@code 11}). */
  public boolean belongsTo(String number) {
    return section().filter(s -> s.equals(number.trim())).isPresent();
  }

  /**
   * Codes in the plan's order: by section, then by number within it, so {@code 11.10} comes after
   * {@code 11.9}; codes of another shape come after those, in text order.
   */
  @Override
  public int compareTo(ActivityCode other) {
    Matcher a = SHAPE.matcher(value);
    Matcher b = SHAPE.matcher(other.value);
    boolean aShaped = a.matches();
    boolean bShaped = b.matches();
    if (aShaped && bShaped) {
      int bySection = compareNumbers(a.group(1), b.group(1));
      return bySection != 0 ? bySection : compareNumbers(a.group(2), b.group(2));
    }
    if (aShaped != bShaped) {
      return aShaped ? -1 : 1;
    }
    return value.compareTo(other.value);
  }

  /** Decimal numbers of any length, by value, then by text ("02" after "2"). */
  private static int compareNumbers(String x, String y) {
    String a = x.replaceFirst("^0+(?=.)", "");
    String b = y.replaceFirst("^0+(?=.)", "");
    int byLength = Integer.compare(a.length(), b.length());
    if (byLength != 0) {
      return byLength;
    }
    int byDigits = a.compareTo(b);
    if (byDigits != 0) {
      return byDigits;
    }
    int byZeros = Integer.compare(x.length(), y.length());
    return byZeros != 0 ? byZeros : x.compareTo(y);
  }

  @Override
  public String toString() {
    return value;
  }
}
