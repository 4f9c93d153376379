package kz.stat.mics.io.xlsx;

import static kz.stat.mics.io.xlsx.PlanSheet.ACTIVITY;
import static kz.stat.mics.io.xlsx.PlanSheet.CO_EXECUTORS;
import static kz.stat.mics.io.xlsx.PlanSheet.COMPLETION_FORM;
import static kz.stat.mics.io.xlsx.PlanSheet.DEADLINE;
import static kz.stat.mics.io.xlsx.PlanSheet.ENDS;
import static kz.stat.mics.io.xlsx.PlanSheet.FINANCING_TEXT;
import static kz.stat.mics.io.xlsx.PlanSheet.FINISHED;
import static kz.stat.mics.io.xlsx.PlanSheet.LEAD;
import static kz.stat.mics.io.xlsx.PlanSheet.NUMBER;
import static kz.stat.mics.io.xlsx.PlanSheet.STARTED;
import static kz.stat.mics.io.xlsx.PlanSheet.STARTS;
import static kz.stat.mics.io.xlsx.PlanSheet.STATUS;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.ExecutorLoad;
import kz.stat.mics.domain.monitoring.Funding;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.monitoring.Workload;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.progress.ActivityProgress;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.StatusAsOf;
import kz.stat.mics.io.report.HtmlReport;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan as an Excel workbook. The Plan sheet holds the plan table (title, a header row in
 * the plan's language, bold section rows grouping their activities, one row per activity with the
 * lead and the co-executors apart, the deadline's text and its first and last day as date cells);
 * with a day to look from, also each activity's status and actual dates, shaded by status, and an
 * "Overdue and due soon" sheet. The Workload sheet is the executor by month matrix as a heat map,
 * the Financing sheet counts activities by source with formulas over the Plan sheet, and the
 * Abbreviations sheet is the note under the table. Every text is a string cell, never a formula.
 */
public final class XlsxPlanWriter implements PlanWriter {
  /** Text that COUNTIF would read as an operator or a wildcard, counted as a plain number. */
  private static final Pattern CRITERION_SIGNS = Pattern.compile("[*?~<>=]|^\\s*[-+0-9.,]+\\s*$");

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    write(ExportedPlan.of(plan), out);
  }

  @Override
  public void write(ExportedPlan export, OutputStream out) throws IOException {
    Map<String, String> labels = HtmlReport.labels(export.language());
    Optional<StatusAsOf> status = export.asOf().map(d -> StatusAsOf.of(export));
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      int lastRow = plan(book, styles, export.plan(), labels, status);
      status.ifPresent(s -> overdue(book, styles, labels, s));
      Monitor monitor = Monitor.of(export.plan(), export.progress());
      workload(book, styles, labels, monitor.workload(Optional.empty()));
      financing(book, styles, labels, export.plan(), monitor, lastRow);
      abbreviations(book, styles, export.plan());
      XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
      book.write(out);
    }
  }

  private static int plan(XSSFWorkbook book, Styles styles, ActionPlan plan,
      Map<String, String> labels, Optional<StatusAsOf> status) {
    Sheet sheet = book.createSheet(PlanSheet.PLAN);
    int lastColumn = status.isPresent() ? FINISHED : FINANCING_TEXT;
    List<String> plain = PlanTable.headerRow(plan.language());
    List<String> header = new ArrayList<>(List.of(plain.get(0), plain.get(1), plain.get(2),
        labels.get(PlanSheet.CO_EXECUTORS_LABEL), plain.get(3), labels.get("col.starts"),
        labels.get("col.ends"), plain.get(4), plain.get(5)));
    if (status.isPresent()) {
      header.addAll(List.of(labels.get("col.status") + " (" + status.get().day() + ")",
          labels.get("col.started"), labels.get("col.finished")));
    }
    Row title = sheet.createRow(PlanSheet.TITLE_ROW);
    title.setHeightInPoints(36);
    text(styles, title, 0, Names.normalize(plan.title()), styles.title, "Plan");
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
    Row head = sheet.createRow(PlanSheet.HEADER_ROW);
    for (int c = 0; c < header.size(); c++) {
      text(styles, head, c, header.get(c), styles.header, "Plan");
    }
    int r = PlanSheet.HEADER_ROW + 1;
    for (Section s : plan.sections()) {
      Row row = sheet.createRow(r++);
      text(styles, row, NUMBER, s.number(), styles.section, "Plan");
      text(styles, row, ACTIVITY, s.title(), styles.section, "Plan");
      for (int c = ACTIVITY + 1; c <= lastColumn; c++) {
        row.createCell(c).setCellStyle(styles.section);
      }
      int first = r;
      for (Activity a : s.activities()) {
        activity(sheet.createRow(r++), styles, a, status, labels);
      }
      if (r > first) {
        sheet.groupRow(first, r - 1);
      }
    }
    int lastRow = Math.max(r - 1, PlanSheet.HEADER_ROW + 1);
    sheet.setRowSumsBelow(false);
    sheet.createFreezePane(1, PlanSheet.HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(PlanSheet.HEADER_ROW, lastRow, 0, lastColumn));
    for (int c = 0; c <= lastColumn; c++) {
      sheet.setColumnWidth(c, PlanSheet.WIDTHS.get(c) * 256);
    }
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(PlanSheet.HEADER_ROW, PlanSheet.HEADER_ROW, -1,
        -1));
    return lastRow;
  }

  private static void activity(Row row, Styles styles, Activity a, Optional<StatusAsOf> status,
      Map<String, String> labels) {
    text(styles, row, NUMBER, a.code(), styles.text, "Plan");
    text(styles, row, ACTIVITY, a.title(), styles.text, "Plan");
    List<String> responsible = a.responsible();
    text(styles, row, LEAD, responsible.isEmpty() ? "" : responsible.get(0), styles.text, "Plan");
    text(styles, row, CO_EXECUTORS, responsible.size() <= 1 ? ""
        : String.join("\n", responsible.subList(1, responsible.size())), styles.text, "Plan");
    text(styles, row, DEADLINE, a.deadline().text(), styles.text, "Plan");
    date(row, STARTS, a.deadline().start(), styles.date);
    date(row, ENDS, a.deadline().due(), styles.date);
    text(styles, row, COMPLETION_FORM, a.completionForm(), styles.text, "Plan");
    text(styles, row, FINANCING_TEXT, a.financing().text(), styles.text, "Plan");
    if (status.isPresent()) {
      StatusAsOf.Shade shade = status.get().shade(a);
      ActivityProgress p = status.get().progress(a);
      text(styles, row, STATUS, labels.get(shade.labelKey()), styles.status(shade), "Plan");
      date(row, STARTED, p.actualStart(), styles.date);
      date(row, FINISHED, p.actualFinish(), styles.date);
    }
  }

  private static void overdue(XSSFWorkbook book, Styles styles, Map<String, String> labels,
      StatusAsOf status) {
    Sheet sheet = book.createSheet(PlanSheet.OVERDUE);
    StatusSummary summary = status.monitor().status(status.day());
    List<String> header = List.of(labels.get("col.code"), labels.get("col.activity"),
        labels.get("col.lead"), labels.get("col.deadline"), labels.get("col.due"),
        labels.get("col.daysOverdue"), labels.get("col.status"));
    int r = 0;
    Row heading = sheet.createRow(r++);
    text(styles, heading, 0, labels.get("overdue") + " (" + status.day() + ")", styles.bold,
        PlanSheet.OVERDUE);
    r = header(sheet, r, header, styles);
    for (OverdueActivity o : summary.overdueList()) {
      Row row = sheet.createRow(r++);
      listed(row, styles, o.activity(), o.due(), labels.get(StatusAsOf.Shade.OVERDUE.labelKey()),
          StatusAsOf.Shade.OVERDUE);
      Cell days = row.createCell(5, CellType.NUMERIC);
      days.setCellValue(o.daysOverdue());
      days.setCellStyle(styles.number(StatusAsOf.Shade.OVERDUE));
    }
    r++;
    heading = sheet.createRow(r++);
    text(styles, heading, 0, labels.get("dueSoon") + " (" + status.day() + ")", styles.bold,
        PlanSheet.OVERDUE);
    r = header(sheet, r, header, styles);
    for (DueActivity d : summary.dueSoonList()) {
      Row row = sheet.createRow(r++);
      listed(row, styles, d.activity(), d.due(), labels.get("status." + d.status().name()),
          StatusAsOf.Shade.IN_PROGRESS);
      row.createCell(5).setCellStyle(styles.status(StatusAsOf.Shade.IN_PROGRESS));
    }
    List<Integer> widths = List.of(7, 60, 18, 26, 11, 10, 16);
    for (int c = 0; c < widths.size(); c++) {
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
  }

  private static int header(Sheet sheet, int r, List<String> header, Styles styles) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < header.size(); c++) {
      text(styles, row, c, header.get(c), styles.header, sheet.getSheetName());
    }
    return r + 1;
  }

  /** A row of the overdue and due-soon lists, shaded red or amber. */
  private static void listed(Row row, Styles styles, Activity a, LocalDate due, String status,
      StatusAsOf.Shade shade) {
    CellStyle style = styles.status(shade);
    String sheet = PlanSheet.OVERDUE;
    text(styles, row, 0, a.code(), style, sheet);
    text(styles, row, 1, a.title(), style, sheet);
    text(styles, row, 2, a.lead().orElse(""), style, sheet);
    text(styles, row, 3, a.deadline().text(), style, sheet);
    Cell d = row.createCell(4);
    d.setCellValue(due);
    d.setCellStyle(styles.date(shade));
    text(styles, row, 6, status, style, sheet);
  }

  private static void workload(XSSFWorkbook book, Styles styles, Map<String, String> labels,
      Workload workload) {
    Sheet sheet = book.createSheet(PlanSheet.WORKLOAD);
    List<YearMonth> months = workload.months();
    Row head = sheet.createRow(0);
    text(styles, head, 0, labels.get("col.executor"), styles.header, PlanSheet.WORKLOAD);
    for (int m = 0; m < months.size(); m++) {
      YearMonth month = months.get(m);
      text(styles, head, m + 1, labels.get("monthShort." + month.getMonthValue()) + " "
          + month.getYear(), styles.header, PlanSheet.WORKLOAD);
    }
    int totalAt = months.size() + 1;
    text(styles, head, totalAt, labels.get("col.total"), styles.header, PlanSheet.WORKLOAD);
    int r = 1;
    for (ExecutorLoad load : workload.rows()) {
      Row row = sheet.createRow(r);
      text(styles, row, 0, load.executor(), styles.text, PlanSheet.WORKLOAD);
      for (int m = 0; m < months.size(); m++) {
        int n = load.months().get(m).total();
        if (n > 0) {
          Cell c = row.createCell(m + 1, CellType.NUMERIC);
          c.setCellValue(n);
        }
      }
      Cell total = row.createCell(totalAt);
      total.setCellFormula("SUM(" + new CellReference(r, 1).formatAsString() + ":"
          + new CellReference(r, months.size()).formatAsString() + ")");
      total.setCellStyle(styles.bold);
      r++;
    }
    if (r > 1 && !months.isEmpty()) {
      SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
      ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
      ColorScaleFormatting scale = rule.getColorScaleFormatting();
      scale.setNumControlPoints(3);
      scale.getThresholds()[0].setRangeType(RangeType.MIN);
      scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
      scale.getThresholds()[1].setValue(50d);
      scale.getThresholds()[2].setRangeType(RangeType.MAX);
      scale.setColors(new org.apache.poi.ss.usermodel.Color[] {
          color("FFFFFF"), color("FFEB84"), color("F8696B")});
      formatting.addConditionalFormatting(new CellRangeAddress[] {
          new CellRangeAddress(1, r - 1, 1, months.size())}, rule);
    }
    sheet.setColumnWidth(0, 30 * 256);
    for (int m = 1; m <= months.size(); m++) {
      sheet.setColumnWidth(m, 9 * 256);
    }
    sheet.createFreezePane(1, 1);
  }

  private static void financing(XSSFWorkbook book, Styles styles, Map<String, String> labels,
      ActionPlan plan, Monitor monitor, int lastPlanRow) {
    Sheet sheet = book.createSheet(PlanSheet.FINANCING);
    String range = "Plan!$" + column(FINANCING_TEXT) + "$" + (PlanSheet.HEADER_ROW + 2) + ":$"
        + column(FINANCING_TEXT) + "$" + (lastPlanRow + 1);
    // each text as the plan writes it, with the source it names and its activity-months
    Map<String, Activity> texts = new LinkedHashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    for (Activity a : plan.activities()) {
      texts.putIfAbsent(a.financing().text(), a);
      int[] c = counts.computeIfAbsent(a.financing().text(), k -> new int[2]);
      c[0]++;
      c[1] += monitor.monthsOf(a).size();
    }
    header(sheet, 0, List.of(labels.get("col.financing"), labels.get("col.source"),
        labels.get("col.activities"), labels.get("col.activityMonths")), styles);
    int r = 1;
    for (Map.Entry<String, Activity> e : texts.entrySet()) {
      Row row = sheet.createRow(r);
      String text = e.getKey();
      text(styles, row, 0, text, styles.text, PlanSheet.FINANCING);
      text(styles, row, 1, labels.get("source." + e.getValue().financing().source().name()), styles.text,
          PlanSheet.FINANCING);
      Cell count = row.createCell(2);
      if (CRITERION_SIGNS.matcher(text).find() || text.isEmpty()) {
        count.setCellValue(counts.get(text)[0]); // COUNTIF would read it as a pattern
      } else {
        count.setCellFormula("COUNTIF(" + range + "," + new CellReference(r, 0).formatAsString()
            + ")");
      }
      row.createCell(3, CellType.NUMERIC).setCellValue(counts.get(text)[1]);
      r++;
    }
    int lastText = r - 1;
    Row total = sheet.createRow(r++);
    text(styles, total, 0, labels.get("col.total"), styles.bold, PlanSheet.FINANCING);
    if (lastText >= 1) {
      total.createCell(2).setCellFormula("SUM(C2:C" + (lastText + 1) + ")");
      total.createCell(3).setCellFormula("SUM(D2:D" + (lastText + 1) + ")");
    }
    r++;
    r = header(sheet, r, List.of(labels.get("col.source"), labels.get("col.activities"),
        labels.get("col.activityMonths")), styles);
    for (Funding f : monitor.funding()) {
      Row row = sheet.createRow(r);
      text(styles, row, 0, labels.get("source." + f.source().name()), styles.text, PlanSheet.FINANCING);
      String label = new CellReference(r, 0).formatAsString();
      String sources = "$B$2:$B$" + (lastText + 1);
      row.createCell(1).setCellFormula("SUMIF(" + sources + "," + label + ",$C$2:$C$"
          + (lastText + 1) + ")");
      row.createCell(2).setCellFormula("SUMIF(" + sources + "," + label + ",$D$2:$D$"
          + (lastText + 1) + ")");
      r++;
    }
    List<Integer> widths = List.of(30, 20, 14, 16);
    for (int c = 0; c < widths.size(); c++) {
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
  }

  private static void abbreviations(XSSFWorkbook book, Styles styles, ActionPlan plan) {
    Sheet sheet = book.createSheet(PlanSheet.ABBREVIATIONS);
    text(styles, sheet.createRow(0), 0, PlanTable.noteHeading(plan.language()), styles.bold,
        PlanSheet.ABBREVIATIONS);
    int r = 1;
    for (Executor e : plan.executors().entries()) {
      Row row = sheet.createRow(r++);
      text(styles, row, 0, e.code(), styles.text, PlanSheet.ABBREVIATIONS);
      text(styles, row, 1, e.name(), styles.text, PlanSheet.ABBREVIATIONS);
    }
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 90 * 256);
  }

  private static String column(int index) {
    return CellReference.convertNumToColString(index);
  }

  /**
   * A string cell: whatever the text, never a formula. Text that would be taken for a formula if
   * typed is shown with Excel's quote prefix, so that editing the cell keeps it text.
   *
   * @throws PlanDocumentException when the text is longer than an Excel cell holds
   */
  private static void text(Styles styles, Row row, int column, String value, CellStyle style,
      String sheet) {
    String stored = escape(value);
    if (value.length() > PlanSheet.MAX_CELL_CHARS || stored.length() > PlanSheet.MAX_CELL_CHARS) {
      throw new PlanDocumentException(DocumentProblem.of(sheet + "!"
          + new CellReference(row.getRowNum(), column).formatAsString(), "a text of "
          + value.length() + " characters; an Excel cell holds at most "
          + SpreadsheetVersion.EXCEL2007.getMaxTextLength()
          + ": write this plan as JSON or CSV instead"));
    }
    Cell cell = row.createCell(column, CellType.STRING);
    cell.setCellValue(stored);
    cell.setCellStyle(PlanSheet.looksLikeFormula(value) ? styles.quoted(style) : style);
  }

  /** An escape of Office XML's own ({@code _x0041_} is "A"), which readers decode. */
  private static final Pattern OFFICE_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

  /**
   * The text as a workbook stores it: characters that XML cannot hold (control characters, and a
   * carriage return, which XML turns into a line feed) written as Office's {@code _xHHHH_}, and
   * text that already looks like such an escape guarded by escaping its underscore, so that every
   * reader (POI, Excel, LibreOffice) decodes exactly the text written.
   */
  static String escape(String text) {
    String guarded = OFFICE_ESCAPE.matcher(text).replaceAll("_x005F_$1");
    StringBuilder b = null;
    for (int i = 0; i < guarded.length(); i++) {
      char c = guarded.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF;
      if (control && b == null) {
        b = new StringBuilder(guarded.length() + 16).append(guarded, 0, i);
      }
      if (control) {
        b.append(String.format("_x%04X_", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? guarded : b.toString();
  }

  private static void date(Row row, int column, Optional<LocalDate> value, CellStyle style) {
    if (value.isPresent()) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value.get());
      cell.setCellStyle(style);
    }
  }

  private static XSSFColor color(String rgb) {
    return new XSSFColor(new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
        (byte) Integer.parseInt(rgb.substring(2, 4), 16),
        (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
  }

  /** The workbook's cell styles, each made once. */
  private static final class Styles {
    private final XSSFWorkbook book;
    final CellStyle text;
    final CellStyle header;
    final CellStyle section;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle date;
    private final Map<StatusAsOf.Shade, CellStyle> statuses = new HashMap<>();
    private final Map<StatusAsOf.Shade, CellStyle> dates = new HashMap<>();
    private final Map<StatusAsOf.Shade, CellStyle> numbers = new HashMap<>();

    Styles(XSSFWorkbook book) {
      this.book = book;
      short textFormat = book.createDataFormat().getFormat("@");
      text = book.createCellStyle();
      text.setDataFormat(textFormat);
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      bold = book.createCellStyle();
      bold.cloneStyleFrom(text);
      bold.setFont(boldFont);
      header = book.createCellStyle();
      header.cloneStyleFrom(bold);
      fill(header, "D9E1F2");
      header.setBorderBottom(BorderStyle.THIN);
      section = book.createCellStyle();
      section.cloneStyleFrom(bold);
      fill(section, "EDEDED");
      Font big = book.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);
      title = book.createCellStyle();
      title.cloneStyleFrom(text);
      title.setFont(big);
      date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    /** {@code base} with Excel's quote prefix: typed over, the text stays text. */
    CellStyle quoted(CellStyle base) {
      return quoted.computeIfAbsent(base, b -> {
        CellStyle s = book.createCellStyle();
        s.cloneStyleFrom(b);
        s.setQuotePrefixed(true);
        return s;
      });
    }

    CellStyle status(StatusAsOf.Shade shade) {
      return statuses.computeIfAbsent(shade, s -> shaded(text, s));
    }

    CellStyle date(StatusAsOf.Shade shade) {
      return dates.computeIfAbsent(shade, s -> shaded(date, s));
    }

    CellStyle number(StatusAsOf.Shade shade) {
      return numbers.computeIfAbsent(shade, s -> {
        CellStyle n = book.createCellStyle();
        n.setVerticalAlignment(VerticalAlignment.TOP);
        if (s.rgb() != null) {
          fill(n, s.rgb());
        }
        return n;
      });
    }

    private CellStyle shaded(CellStyle base, StatusAsOf.Shade shade) {
      CellStyle s = book.createCellStyle();
      s.cloneStyleFrom(base);
      if (shade.rgb() != null) {
        fill(s, shade.rgb());
      }
      return s;
    }

    private static void fill(CellStyle style, String rgb) {
      ((XSSFCellStyle) style).setFillForegroundColor(color(rgb));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }
}
