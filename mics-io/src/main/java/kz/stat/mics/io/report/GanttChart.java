package kz.stat.mics.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Window;

/**
 * The plan as a Gantt chart, laid out for {@code gantt.jte}: a header row per section, a row per
 * activity with its code, shortened title and lead executor, a bar per deadline window, a month axis
 * with the years marked and a line at the report date. Positions are in SVG user units; those with a
 * fraction are already formatted to one decimal.
 */
record GanttChart(String title, int width, int height, int axisEnd, ImmutableList<Month> months,
    ImmutableList<Band> sections, Optional<AsOfLine> asOfLine) {
  static final int LEFT = 470;
  static final int MONTH = 26;
  static final int AXIS = 42;
  static final int SECTION_ROW = 24;
  static final int ROW = 21;
  static final int BAR = 13;
  private static final int TITLE_CHARS = 46;
  private static final int LEAD_CHARS = 20;
  private static final int SECTION_CHARS = 110;
  private static final int UNREAD_CHARS = 40;

  GanttChart {
    checkNotNull(title, "title");
    months = ImmutableList.copyOf(months);
    sections = ImmutableList.copyOf(sections);
    checkNotNull(asOfLine, "asOfLine");
  }

  /** One month of the axis at {@code x}; the first month and every January also start a year. */
  record Month(int x, boolean startsYear, int year, String shortName) {
    /** The middle of the month, where its name is centred. */
    int middle() {
      return x + MONTH / 2;
    }
  }

  /** A section's header band at {@code y} and its activities' rows below it. */
  record Band(String number, int y, String fullTitle, String shortTitle, ImmutableList<Row> rows) {
    /** The baseline of the section's title. */
    int textY() {
      return y + 16;
    }
  }

  /**
   * One activity's row at {@code y}: {@code state} is a {@link BarState#css()}, {@code tooltip} the
   * full code, title, executors and deadline, and {@code unread} the deadline text that could not be
   * read, shown in place of bars (empty when the deadline was read).
   */
  record Row(String code, String state, String tooltip, int y, String shortTitle,
      String shortLead, String unread, ImmutableList<Bar> bars) {
    /** The baseline of the row's texts. */
    int textY() {
      return y + 15;
    }
  }

  /** One deadline window's bar; {@code x} and {@code width} are formatted. */
  record Bar(String x, int y, String width, String tooltip) {}

  /** The dashed line at the report date and its label. */
  record AsOfLine(String x, String textX, String label) {}

  static GanttChart of(Monitor monitor, LocalDate asOf, Labels labels) {
    ImmutableList<YearMonth> months = monitor.months();
    Geometry geometry = new Geometry(months);
    int rows = 0;
    int sectionCount = 0;
    for (Section s : monitor.plan().sections()) {
      sectionCount++;
      rows += s.activities().size();
    }
    int axisEnd = LEFT + months.size() * MONTH;
    int width = axisEnd + 12;
    int height = AXIS + sectionCount * SECTION_ROW + rows * ROW + 8;

    ImmutableList.Builder<Month> axis = ImmutableList.builder();
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      axis.add(new Month(LEFT + i * MONTH, m.getMonthValue() == 1 || i == 0, m.getYear(),
          labels.shortMonth(m)));
    }

    ImmutableList.Builder<Band> bands = ImmutableList.builder();
    int y = AXIS;
    for (Section s : monitor.plan().sections()) {
      int bandY = y;
      y += SECTION_ROW;
      ImmutableList.Builder<Row> sectionRows = ImmutableList.builder();
      for (Activity a : s.activities()) {
        sectionRows.add(row(monitor, asOf, labels, geometry, a, y));
        y += ROW;
      }
      bands.add(new Band(s.number(), bandY, s.number() + " " + s.title(),
          truncate(s.number() + "  " + s.title(), SECTION_CHARS), sectionRows.build()));
    }

    Optional<AsOfLine> line = Optional.empty();
    if (!asOf.isBefore(months.get(0).atDay(1))
        && !asOf.isAfter(months.get(months.size() - 1).atEndOfMonth())) {
      double x = geometry.left(asOf);
      line = Optional.of(new AsOfLine(num(x), num(x + 3), labels.get("asOfLine") + " " + asOf));
    }
    return new GanttChart(labels.get("timeline"), width, height, axisEnd, axis.build(),
        bands.build(), line);
  }

  private static Row row(Monitor monitor, LocalDate asOf, Labels labels, Geometry geometry,
      Activity a, int y) {
    BarState state = BarState.of(a, monitor.statusOf(a), asOf);
    ImmutableList.Builder<Bar> bars = ImmutableList.builder();
    for (Window w : a.deadline().windows()) {
      double x1 = w.from().map(geometry::left).orElse((double) LEFT);
      double x2 = w.to().map(geometry::right).orElse((double) geometry.end());
      bars.add(new Bar(num(x1), y + (ROW - BAR) / 2, num(Math.max(2, x2 - x1)),
          a.code() + ": " + a.deadline().text() + " (" + w + ")"));
    }
    String unread = a.deadline().isResolved() ? ""
        : labels.get("unresolved") + ": " + truncate(a.deadline().text(), UNREAD_CHARS);
    return new Row(a.code(), state.css(), a.code() + " " + a.title() + "\n"
        + String.join(", ", a.responsible()) + "\n" + a.deadline().text(), y,
        truncate(a.title(), TITLE_CHARS), truncate(a.lead().orElse(""), LEAD_CHARS), unread,
        bars.build());
  }

  /** At most {@code max} characters, cut at a code point and ended with an ellipsis when cut. */
  static String truncate(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int end = t.offsetByCodePoints(0, max - 1);
    return t.substring(0, end).stripTrailing() + "…";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Where days fall on the axis. */
  private record Geometry(List<YearMonth> months) {
    int end() {
      return LEFT + months.size() * MONTH;
    }

    /** The x of the start of a day. */
    double left(LocalDate d) {
      YearMonth m = YearMonth.from(d);
      int i = months.indexOf(m);
      return LEFT + (i + (d.getDayOfMonth() - 1) / (double) m.lengthOfMonth()) * MONTH;
    }

    /** The x of the end of a day. */
    double right(LocalDate d) {
      YearMonth m = YearMonth.from(d);
      int i = months.indexOf(m);
      return LEFT + (i + d.getDayOfMonth() / (double) m.lengthOfMonth()) * MONTH;
    }
  }
}
