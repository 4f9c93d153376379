package kz.stat.mics.io.xlsx;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.internal.DocumentPart;
import kz.stat.mics.io.internal.OfficeZip;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.PlanTable.Column;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.internal.TableCell;
import kz.stat.mics.io.internal.TableRow;
import kz.stat.mics.io.report.HtmlReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a plan from an Excel workbook laid out as {@link XlsxPlanWriter} writes it, after any
 * spreadsheet has edited it: the Plan sheet's rows above its header row are the title, the header
 * row names the columns (in any of the plan languages, in any order; columns it does not know are
 * left alone), section rows hold a whole number and a title, and activity rows a code. The lead
 * and the co-executors make up the responsible executors; the Abbreviations sheet is the note.
 * Dates, status and actual dates are what the plan and its progress give, so they are not read:
 * the deadline's text is. A formula or an error value in a column that is read is refused with its
 * cell ({@code Plan!D17: ...}): mics reads text and never runs a formula.
 */
public final class XlsxPlanReader implements PlanReader {
  /** How far down the Plan sheet its header row is looked for. */
  private static final int HEADER_SEARCH_ROWS = 10;

  private final DocumentLimits limits;

  public XlsxPlanReader() {
    this(DocumentLimits.defaults());
  }

  public XlsxPlanReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  @Override
  public ActionPlan read(String source, InputStream in) {
    return readDocument(source, in).plan();
  }

  @Override
  public PlanDocument.Plan readDocument(String source, InputStream in) {
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    Problems problems = new Problems(source);
    OfficeZip.refuseBomb(problems, bytes);
    List<DocumentPart> parts = new ArrayList<>();
    List<Executor> note = new ArrayList<>();
    boolean hasNote;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet plan = sheet(book, PlanSheet.PLAN);
      if (plan == null) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        throw problems.fail(0, 0, "has no sheet named \"" + PlanSheet.PLAN + "\", which holds "
            + "the plan table (its sheets: " + String.join(", ", names) + ")");
      }
      planSheet(problems, plan, parts);
      Sheet abbreviations = sheet(book, PlanSheet.ABBREVIATIONS);
      hasNote = abbreviations != null;
      if (hasNote) {
        note(problems, abbreviations, note);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof kz.stat.mics.domain.port.PlanDocumentException refused) {
        throw refused;
      }
      throw problems.fail(0, 0, "is not an Excel workbook or is damaged (" + OfficeZip.reason(e) + ")");
    }
    problems.throwIfAny();
    ActionPlan plan = PlanTable.read(problems, parts, "has no plan table", limits);
    if (hasNote) {
      plan = new ActionPlan(plan.title(), plan.language(), plan.period(), plan.sections(),
          ExecutorDirectory.of(note), plan.precedences());
    }
    return PlanDocument.Plan.of(plan, problems.skipped());
  }

  private static Sheet sheet(XSSFWorkbook book, String name) {
    for (Sheet s : book) {
      if (s.getSheetName().trim().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  /** The Plan sheet as the parts of a plan document: the title, then the plan table. */
  private void planSheet(Problems problems, Sheet sheet, List<DocumentPart> parts) {
    int headerAt = -1;
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    int coExecutors = -1;
    for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(),
        HEADER_SEARCH_ROWS - 1) && headerAt < 0; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<Column, Integer> found = new EnumMap<>(Column.class);
      int co = -1;
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        String heading = cell.getStringCellValue();
        Optional<Column> column = PlanTable.column(heading);
        if (column.isPresent()) {
          found.putIfAbsent(column.get(), cell.getColumnIndex());
        } else if (co < 0 && isCoExecutors(heading)) {
          co = cell.getColumnIndex();
        }
      }
      if (found.size() >= 2) {
        headerAt = r;
        columns = found;
        coExecutors = co;
      }
    }
    if (headerAt < 0) {
      throw problems.fail(0, 0, PlanSheet.PLAN + "!A1: no header row in the first "
          + HEADER_SEARCH_ROWS + " rows: the plan table's header names its columns (such as "
          + String.join(", ", PlanTable.headerRow(Language.KK)) + ", or "
          + String.join(", ", PlanTable.headerRow(Language.EN)) + ")");
    }
    for (Column required : List.of(Column.NUMBER, Column.ACTIVITY, Column.RESPONSIBLE,
        Column.DEADLINE)) {
      if (!columns.containsKey(required)) {
        throw problems.fail(0, 0, PlanSheet.PLAN + "!A" + (headerAt + 1) + ": the header row "
            + "has no " + PlanTable.headerRow(Language.EN).get(required.ordinal())
            .replace("*", "").toLowerCase(Locale.ROOT) + " column");
      }
    }
    // the title: the rows above the header
    for (int r = sheet.getFirstRowNum(); r >= 0 && r < headerAt; r++) {
      Row row = sheet.getRow(r);
      List<TableCell> cells = new ArrayList<>();
      if (row != null) {
        for (Cell cell : row) {
          String text = text(problems, sheet, cell);
          if (!text.isBlank()) {
            cells.add(new TableCell(text, 0, 0));
          }
        }
      }
      parts.add(new DocumentPart.Text(TableRow.of(cells, 0, place(sheet, r, 0))));
    }
    List<Column> order = new ArrayList<>(columns.keySet());
    List<TableRow> rows = new ArrayList<>();
    Row header = sheet.getRow(headerAt);
    List<TableCell> head = new ArrayList<>();
    for (Column c : order) {
      head.add(new TableCell(header.getCell(columns.get(c)).getStringCellValue(), 0, 0));
    }
    rows.add(TableRow.of(head, 0, place(sheet, headerAt, 0)));
    for (int r = headerAt + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      List<TableCell> cells = new ArrayList<>();
      for (Column c : order) {
        String text = text(problems, sheet, row.getCell(columns.get(c)));
        if (c == Column.RESPONSIBLE) {
          String co = coExecutors < 0 ? "" : text(problems, sheet, row.getCell(coExecutors));
          text = executors(text, co);
        }
        cells.add(new TableCell(text, 0, 0));
      }
      if (cells.stream().allMatch(t -> t.text().isBlank())) {
        continue;
      }
      rows.add(TableRow.of(cells, 0, place(sheet, r, 0)));
    }
    parts.add(DocumentPart.Table.of(PlanSheet.PLAN, rows));
  }

  /** The responsible cell as the plan table writes it: the lead first, then the co-executors. */
  private static String executors(String lead, String co) {
    List<String> names = new ArrayList<>();
    for (String cell : List.of(lead, co)) {
      for (String name : cell.split("[\\r\\n,;]+")) {
        if (!Names.normalize(name).isEmpty()) {
          names.add(Names.normalize(name));
        }
      }
    }
    return String.join(", ", names);
  }

  private static boolean isCoExecutors(String heading) {
    String h = Names.normalize(heading).toLowerCase(Locale.ROOT);
    for (Language l : Language.values()) {
      if (h.equals(Names.normalize(HtmlReport.labels(l).get(PlanSheet.CO_EXECUTORS_LABEL))
          .toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The Abbreviations sheet: a code and a full name on each row; other rows are left out. */
  private void note(Problems problems, Sheet sheet, List<Executor> note) {
    Set<String> seen = new HashSet<>();
    for (Row row : sheet) {
      String code = Names.normalize(text(problems, sheet, row.getCell(0)));
      String name = Names.normalize(text(problems, sheet, row.getCell(1)));
      if (code.isEmpty() || name.isEmpty()) {
        continue;
      }
      if (!seen.add(code)) {
        problems.skip(place(sheet, row.getRowNum(), 0) + ": skipped an abbreviation listed "
            + "again: \"" + code + "\"");
        continue;
      }
      note.add(Executor.of(code, name));
    }
  }

  /**
   * A cell's text: a string as it is, a number as the spreadsheet shows it, a date as ISO. A
   * formula or an error value is a problem: mics never runs a formula, and a cell that holds one
   * is not the plan's text.
   */
  private String text(Problems problems, Sheet sheet, Cell cell) {
    if (cell == null) {
      return "";
    }
    String where = place(sheet, cell.getRowIndex(), cell.getColumnIndex());
    String text = switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : new DataFormatter(Locale.ROOT).formatCellValue(cell);
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case FORMULA -> {
        problems.add(where + ": holds a formula (=" + abbreviate(cell.getCellFormula())
            + "); mics reads text, never formulas: type the text itself");
        yield "";
      }
      case ERROR -> {
        problems.add(where + ": holds an error value, not text");
        yield "";
      }
      default -> "";
    };
    String tooLong = limits.cellProblem(text);
    if (tooLong != null) {
      problems.add(where + ": " + tooLong);
      return "";
    }
    return text;
  }

  /** A cell as a spreadsheet names it: {@code Plan!D17}. */
  private static String place(Sheet sheet, int row, int column) {
    String name = sheet.getSheetName();
    String quoted = name.matches("[A-Za-z0-9_]+") ? name : "'" + name.replace("'", "''") + "'";
    return quoted + "!" + new CellReference(row, column).formatAsString(false);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

}
