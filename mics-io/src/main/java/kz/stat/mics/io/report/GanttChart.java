package kz.stat.mics.io.report;

import static kz.stat.mics.io.report.Markup.escape;
import static kz.stat.mics.io.report.Markup.truncate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Window;

/**
 * The plan as an inline SVG Gantt chart: a header row per section, a row per activity with its code,
 * shortened title and lead executor, a bar per deadline window, a month axis with the years marked and
 * a line at the report date.
 */
final class GanttChart {
  private static final int LEFT = 470;
  private static final int MONTH = 26;
  private static final int AXIS = 42;
  private static final int SECTION_ROW = 24;
  private static final int ROW = 21;
  private static final int BAR = 13;
  private static final int TITLE_CHARS = 46;
  private static final int LEAD_CHARS = 20;

  private final Monitor monitor;
  private final LocalDate asOf;
  private final Labels labels;
  private final ImmutableList<YearMonth> months;

  GanttChart(Monitor monitor, LocalDate asOf, Labels labels) {
    this.monitor = monitor;
    this.asOf = asOf;
    this.labels = labels;
    this.months = monitor.months();
  }

  String svg() {
    int rows = 0;
    int sections = 0;
    for (Section s : monitor.plan().sections()) {
      sections++;
      rows += s.activities().size();
    }
    int width = LEFT + months.size() * MONTH + 12;
    int height = AXIS + sections * SECTION_ROW + rows * ROW + 8;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" role=\"img\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\">\n");
    b.append("<title>").append(escape(labels.get("timeline"))).append("</title>\n");
    grid(b, height);
    int y = AXIS;
    for (Section s : monitor.plan().sections()) {
      b.append("<g class=\"section\" data-section=\"").append(escape(s.number())).append("\">\n");
      b.append("<rect class=\"section-band\" x=\"0\" y=\"").append(y).append("\" width=\"")
          .append(width).append("\" height=\"").append(SECTION_ROW).append("\"/>");
      b.append("<text class=\"section-title\" x=\"8\" y=\"").append(y + 16).append("\"><title>")
          .append(escape(s.number() + " " + s.title())).append("</title>")
          .append(escape(truncate(s.number() + "  " + s.title(), 110))).append("</text>\n");
      y += SECTION_ROW;
      for (Activity a : s.activities()) {
        row(b, a, y);
        y += ROW;
      }
      b.append("</g>\n");
    }
    asOfLine(b, height);
    b.append("</svg>");
    return b.toString();
  }

  private void grid(StringBuilder b, int height) {
    b.append("<g class=\"axis\">\n");
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      int x = LEFT + i * MONTH;
      if (m.getMonthValue() == 1 || i == 0) {
        b.append("<line class=\"year-line\" x1=\"").append(x).append("\" x2=\"").append(x)
            .append("\" y1=\"2\" y2=\"").append(height).append("\"/>");
        b.append("<text class=\"year\" x=\"").append(x + 4).append("\" y=\"15\">")
            .append(m.getYear()).append("</text>\n");
      } else {
        b.append("<line class=\"month-line\" x1=\"").append(x).append("\" x2=\"").append(x)
            .append("\" y1=\"22\" y2=\"").append(height).append("\"/>");
      }
      b.append("<text class=\"month\" x=\"").append(x + MONTH / 2).append("\" y=\"35\">")
          .append(escape(labels.shortMonth(m))).append("</text>\n");
    }
    int end = LEFT + months.size() * MONTH;
    b.append("<line class=\"year-line\" x1=\"").append(end).append("\" x2=\"").append(end)
        .append("\" y1=\"2\" y2=\"").append(height).append("\"/>\n");
    b.append("<line class=\"axis-base\" x1=\"0\" x2=\"").append(end).append("\" y1=\"")
        .append(AXIS - 1).append("\" y2=\"").append(AXIS - 1).append("\"/>\n");
    b.append("</g>\n");
  }

  private void row(StringBuilder b, Activity a, int y) {
    BarState state = BarState.of(a, monitor.statusOf(a), asOf);
    String code = escape(a.code());
    String lead = a.lead().orElse("");
    b.append("<g class=\"row\" data-code=\"").append(code).append("\" data-state=\"")
        .append(state.css()).append("\">");
    b.append("<title>").append(escape(a.code() + " " + a.title() + "\n" + String.join(", ",
        a.responsible()) + "\n" + a.deadline().text())).append("</title>");
    b.append("<rect class=\"row-band\" x=\"0\" y=\"").append(y).append("\" width=\"")
        .append(LEFT + months.size() * MONTH).append("\" height=\"").append(ROW).append("\"/>");
    int text = y + 15;
    b.append("<text class=\"code\" x=\"8\" y=\"").append(text).append("\">").append(code)
        .append("</text>");
    b.append("<text class=\"name\" x=\"46\" y=\"").append(text).append("\">")
        .append(escape(truncate(a.title(), TITLE_CHARS))).append("</text>");
    b.append("<text class=\"lead\" x=\"").append(LEFT - 8).append("\" y=\"").append(text)
        .append("\">").append(escape(truncate(lead, LEAD_CHARS))).append("</text>");
    if (!a.deadline().isResolved()) {
      b.append("<text class=\"unresolved\" x=\"").append(LEFT + 6).append("\" y=\"")
          .append(text).append("\">").append(escape(labels.get("unresolved") + ": "
              + truncate(a.deadline().text(), 40))).append("</text>");
    }
    for (Window w : a.deadline().windows()) {
      double x1 = w.from().map(this::left).orElse((double) LEFT);
      double x2 = w.to().map(this::right).orElse((double) (LEFT + months.size() * MONTH));
      b.append("<rect class=\"bar\" data-code=\"").append(code).append("\" data-state=\"")
          .append(state.css()).append("\" x=\"").append(num(x1)).append("\" y=\"")
          .append(y + (ROW - BAR) / 2).append("\" width=\"").append(num(Math.max(2, x2 - x1)))
          .append("\" height=\"").append(BAR).append("\" rx=\"3\"><title>")
          .append(escape(a.code() + ": " + a.deadline().text() + " (" + w + ")"))
          .append("</title></rect>");
    }
    b.append("</g>\n");
  }

  private void asOfLine(StringBuilder b, int height) {
    if (asOf.isBefore(months.get(0).atDay(1))
        || asOf.isAfter(months.get(months.size() - 1).atEndOfMonth())) {
      return;
    }
    double x = left(asOf);
    b.append("<g class=\"as-of\"><line x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
        .append("\" y1=\"18\" y2=\"").append(height).append("\"/>");
    b.append("<text x=\"").append(num(x + 3)).append("\" y=\"").append(height - 4).append("\">")
        .append(escape(labels.get("asOfLine") + " " + asOf)).append("</text></g>\n");
  }

  /** The x of the start of a day. */
  private double left(LocalDate d) {
    YearMonth m = YearMonth.from(d);
    int i = months.indexOf(m);
    return LEFT + (i + (d.getDayOfMonth() - 1) / (double) m.lengthOfMonth()) * MONTH;
  }

  /** The x of the end of a day. */
  private double right(LocalDate d) {
    YearMonth m = YearMonth.from(d);
    int i = months.indexOf(m);
    return LEFT + (i + d.getDayOfMonth() / (double) m.lengthOfMonth()) * MONTH;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
