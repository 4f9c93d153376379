package kz.stat.mics.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;

/**
 * Writes a plan as CSV: {@code #}-rows with the plan's title, language, period, executors and
 * sections, then a header and one row per activity (docs/formats.md). Reads back without loss.
 */
public final class CsvPlanWriter implements kz.stat.mics.domain.port.PlanWriter {
  static final List<String> HEADER = List.of("section", "code", "title", "responsible",
      "deadline", "windows", "duration_days", "tentative", "recurrence", "completion_form",
      "financing", "financing_text");

  private final char separator;
  private final boolean byteOrderMark;

  /** Comma-separated, with a byte order mark so that spreadsheets see UTF-8. */
  public CsvPlanWriter() {
    this(',', true);
  }

  /**
   * @param separator ',' or ';'
   * @param byteOrderMark whether to start with the UTF-8 byte order mark
   */
  public CsvPlanWriter(char separator, boolean byteOrderMark) {
    checkArgument(separator == ',' || separator == ';', "separator must be ',' or ';': %s",
        separator);
    this.separator = separator;
    this.byteOrderMark = byteOrderMark;
  }

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (byteOrderMark) {
      w.write('\uFEFF');
    }
    try (CsvCells.Rows rows = new CsvCells.Rows(w, separator)) {
      rows.write(List.of("#format", "mics-plan", "1"));
      rows.write(List.of("#title", plan.title()));
      rows.write(List.of("#language", plan.language().code()));
      rows.write(List.of("#period", Integer.toString(plan.period().first()),
          Integer.toString(plan.period().last())));
      for (Executor e : plan.executors().entries()) {
        rows.write(List.of("#executor", e.code(), e.name()));
      }
      for (Section s : plan.sections()) {
        rows.write(List.of("#section", s.number(), s.title(),
            Integer.toString(s.activities().size())));
      }
      for (Precedence p : plan.precedences()) {
        rows.write(List.of("#precedence", p.before(), p.after()));
      }
      rows.write(HEADER);
      for (Section s : plan.sections()) {
        for (Activity a : s.activities()) {
          rows.write(cells(s, a));
        }
      }
    }
    w.flush();
  }

  private static List<String> cells(Section s, Activity a) {
    Deadline d = a.deadline();
    List<String> cells = new ArrayList<>();
    cells.add(s.number());
    cells.add(a.code());
    cells.add(a.title());
    cells.add(String.join("\n", a.responsible()));
    cells.add(d.text());
    cells.add(windows(d.windows()));
    cells.add(d.durationDays().isPresent() ? Integer.toString(d.durationDays().getAsInt()) : "");
    cells.add(Boolean.toString(d.tentative()));
    cells.add(d.recurrence().map(Enum::name).orElse(""));
    cells.add(a.completionForm());
    cells.add(a.financing().source().name());
    cells.add(a.financing().text());
    return cells;
  }

  /** "2024-03-01..2024-04-30;2024-09-01..2024-11-30", an open side left empty. */
  static String windows(List<Window> windows) {
    List<String> parts = new ArrayList<>();
    for (Window win : windows) {
      parts.add(win.from().map(LocalDate::toString).orElse("") + ".."
          + win.to().map(LocalDate::toString).orElse(""));
    }
    return String.join(";", parts);
  }
}
