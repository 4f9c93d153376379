package kz.stat.mics.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.PlanParts;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.Recurrence;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.internal.CollectedPlan;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.internal.IsoDates;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.internal.Utf8Reader;
import kz.stat.mics.io.csv.CsvCells.Record;

/**
 * Reads a plan written by {@link CsvPlanWriter}, or typed by hand in the same layout: comma or
 * semicolon separated (found from the first row), UTF-8 with or without a byte order mark. Reports
 * every problem with its line and column name.
 */
public final class CsvPlanReader implements PlanReader {
  /** The first cell, quoted or not, and the separator after it. */
  private static final Pattern FIRST_CELL = Pattern.compile("\"?#format\"?([,;])");
  /** How many texts of the windows column a reading keeps read; a plan repeats few of them. */
  private static final int WINDOW_TEXTS = 4096;
  /** The longest windows text kept for the next row (a few windows). */
  private static final int WINDOW_TEXT_LENGTH = 128;

  private final DocumentLimits limits;

  public CsvPlanReader() {
    this(DocumentLimits.defaults());
  }

  public CsvPlanReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  /** Reads the whole document within the size limit, through {@link #stream}. */
  @Override
  public ActionPlan read(String source, InputStream in) {
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    DocumentBytes.text(source, bytes, "CSV"); // refuses another kind of file and bad UTF-8 whole
    CollectedPlan plan = new CollectedPlan();
    stream(source, new ByteArrayInputStream(bytes), plan);
    return plan.plan();
  }

  /**
   * Reads the document row by row, handing each part to {@code parts} as its row is read: only
   * the rows before the header row (the plan's header, executors, sections and precedences) are
   * held until the header row, then each activity row is checked and handed on alone. Every cell
   * is held to the limit; the document may be of any size.
   *
   * @throws kz.stat.mics.domain.port.PlanDocumentException at the end (or at the header row,
   *     when the rows before it have problems) with every problem found, each at its line
   */
  public void stream(String source, InputStream in, PlanParts parts) {
    checkNotNull(parts, "parts");
    Problems problems = new Problems(source);
    Reader text;
    try {
      text = DocumentBytes.textReader(source, in, "CSV");
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    }
    PushbackReader start = new PushbackReader(text, 16);
    char separator;
    try {
      char[] head = new char[16];
      int n = 0;
      // the whole head, so that a byte in it that is not UTF-8 is named as such
      for (int r = 0; n < head.length && r >= 0; n += Math.max(r, 0)) {
        r = start.read(head, n, head.length - n);
      }
      String first = n <= 0 ? "" : new String(head, 0, n);
      Matcher m = FIRST_CELL.matcher(first);
      if (!m.lookingAt()) {
        throw problems.fail(1, 0, "is not a mics-plan CSV: its first row must be "
            + "#format,mics-plan,1");
      }
      separator = m.group(1).charAt(0);
      start.unread(head, 0, n);
    } catch (Utf8Reader.NotUtf8Exception e) {
      throw problems.fail(e.line(), 0, e.describe());
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    }
    Reading reading = new Reading(problems, limits, parts);
    CsvCells.parse(start, separator, problems, reading::accept);
    reading.finish();
  }

  /** The rows a document gives once. */
  private static final java.util.Set<String> ONCE =
      java.util.Set.of("#format", "#title", "#language", "#period");

  /** The state of reading one document. */
  private static final class Reading {
    private final Problems problems;
    private final DocumentLimits limits;
    private final PlanParts parts;
    private String title;
    private Language language;
    private YearRange period;
    /** The line of each row a document gives once, as far as read. */
    private final java.util.Map<String, Integer> once = new java.util.HashMap<>();
    private final Map<String, Executor> executors = new LinkedHashMap<>();
    /** The windows of the texts of the windows column read without a problem so far. */
    private final Map<String, List<Window>> windowTexts = new HashMap<>();
    private final List<String[]> sections = new ArrayList<>();
    /** How many activities each section has been given so far. */
    private final List<Integer> sectionActivities = new ArrayList<>();
    private final List<Precedence> precedences = new ArrayList<>();
    /** How many activities each #section row says it has; -1 when it does not say. */
    private final List<Integer> counts = new ArrayList<>();
    /** The line of each #section row; 0 for a section made from the rows' numbers. */
    private final List<Integer> sectionLines = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private int current;
    /** How many sections have been handed on. */
    private int begun;
    private boolean headerRow;
    private boolean declaredSections;
    private DeadlineContext context;
    private int lastLine = 1;
    /** Set once a cell breaks the limit: the rows are then only checked for more of them. */
    private boolean tooLong;

    Reading(Problems problems, DocumentLimits limits, PlanParts parts) {
      this.problems = problems;
      this.limits = limits;
      this.parts = parts;
    }

    /** Takes the next record of the document. */
    void accept(Record r) {
      lastLine = r.line();
      for (String cell : r.cells()) {
        String problem = limits.cellProblem(cell);
        if (problem != null) {
          problems.add(r.line(), problem);
          tooLong = true;
        }
      }
      if (tooLong) {
        return;
      }
      if (!headerRow) {
        if (r.cells().get(0).startsWith("#")) {
          metadata(r);
        } else {
          header(r.trimmed());
          begin();
        }
      } else {
        activity(r, context, declaredSections);
      }
    }

    /** Hands on the header and the parts held, once the rows before the header row are read. */
    private void begin() {
      headerRow = true;
      if (title == null && !once.containsKey("#title")) {
        problems.add(1, "the #title row is missing");
      }
      if (language == null && !once.containsKey("#language")) {
        problems.add(1, "the #language row is missing");
      }
      if (period == null && !once.containsKey("#period")) {
        problems.add(1, "the #period row is missing");
      }
      problems.throwIfAny();
      declaredSections = !sections.isEmpty();
      context = DeadlineContext.of(language).withYears(period);
      problems.hand(lastLine, 0, () -> {
        parts.header(title, language, period);
        executors.values().forEach(parts::executor);
        precedences.forEach(parts::precedence);
      });
    }

    /** Ends the document: the sections not begun yet, the counts, and every problem. */
    void finish() {
      if (!headerRow && !tooLong && problems.isEmpty()) {
        problems.add(lastLine, "the header row (section,code,title,...) is missing");
      }
      if (problems.isEmpty()) {
        checkCounts(); // a row refused for its own problem would be miscounted too
      }
      problems.throwIfAny();
      beginUpTo(sections.size() - 1);
    }

    /** Hands on every section up to {@code at} not handed on yet. */
    private void beginUpTo(int at) {
      for (; begun <= at; begun++) {
        String[] section = sections.get(begun);
        int line = sectionLines.get(begun) > 0 ? sectionLines.get(begun) : lastLine;
        problems.hand(line, 0, () -> parts.section(section[0], section[1]));
      }
    }

    private boolean cells(Record r, int count) {
      if (r.cells().size() != count) {
        problems.add(r.line(), r.cells().get(0) + ": expected " + (count - 1) + " value"
            + (count == 2 ? "" : "s") + " after it, found " + (r.cells().size() - 1));
        return false;
      }
      return true;
    }

    private void metadata(Record row) {
      int width = switch (row.cells().get(0)) {
        case "#title", "#language" -> 2;
        case "#format", "#period", "#executor", "#precedence" -> 3;
        case "#section" -> 4;
        default -> row.cells().size();
      };
      Record r = row.fit(width);
      List<String> c = r.cells();
      if (ONCE.contains(c.get(0))) {
        Integer first = once.putIfAbsent(c.get(0), r.line());
        if (first != null) {
          problems.add(r.line(), c.get(0) + ": the row is given twice; the first is on line "
              + first);
          return;
        }
      }
      switch (c.get(0)) {
        case "#format" -> {
          if (cells(r, 3) && !(c.get(1).equals("mics-plan") && c.get(2).equals("1"))) {
            problems.add(r.line(), "#format: expected mics-plan version 1, found " + c.get(1)
                + " version " + c.get(2));
          }
        }
        case "#title" -> {
          if (cells(r, 2)) {
            title = c.get(1);
          }
        }
        case "#language" -> {
          if (cells(r, 2)) {
            language = Language.ofCode(c.get(1)).orElse(null);
            if (language == null) {
              problems.add(r.line(), "#language: \"" + c.get(1) + "\" is not one of kk, ru, en");
            }
          }
        }
        case "#period" -> {
          if (cells(r, 3)) {
            try {
              period = YearRange.of(Integer.parseInt(c.get(1).trim()),
                  Integer.parseInt(c.get(2).trim()));
            } catch (IllegalArgumentException e) {
              problems.add(r.line(), "#period: expected the first and last year, such as 2023 and "
                  + "2025, found \"" + c.get(1) + "\" and \"" + c.get(2) + "\"");
            }
          }
        }
        case "#executor" -> {
          if (cells(r, 3)) {
            if (Names.normalize(c.get(1)).isEmpty() || Names.normalize(c.get(2)).isEmpty()) {
              problems.add(r.line(), "#executor: needs an abbreviation and a full name");
            } else if (executors.putIfAbsent(Names.key(c.get(1)), Executor.of(c.get(1),
                c.get(2))) != null) {
              problems.add(r.line(), "#executor: the abbreviation \"" + Names.normalize(c.get(1))
                  + "\" is listed twice");
            }
          }
        }
        case "#section" -> {
          if (c.size() == 3 || cells(r, 4)) {
            int count = -1;
            if (c.size() == 4 && !c.get(3).isBlank()) {
              try {
                count = Integer.parseInt(c.get(3).trim());
              } catch (NumberFormatException e) {
                problems.add(r.line(), "#section: the number of activities \"" + c.get(3)
                    + "\" is not a number");
              }
            }
            if (c.get(1).isBlank()) {
              problems.add(r.line(), "#section: the section number is empty");
            } else {
              sections.add(new String[] {c.get(1).trim(), c.get(2)});
              sectionActivities.add(0);
              counts.add(count);
              sectionLines.add(r.line());
            }
          }
        }
        case "#precedence" -> {
          if (cells(r, 3)) {
            if (c.get(1).isBlank() || c.get(2).isBlank()) {
              problems.add(r.line(), "#precedence: needs two activity codes");
            } else {
              precedences.add(Precedence.of(c.get(1), c.get(2)));
            }
          }
        }
        default -> problems.add(r.line(), "unknown row \"" + c.get(0) + "\": expected #format, "
            + "#title, #language, #period, #executor, #section or #precedence");
      }
    }

    private void header(Record r) {
      for (int k = 0; k < r.cells().size(); k++) {
        String name = r.cells().get(k).trim().toLowerCase(Locale.ROOT);
        if (!CsvPlanWriter.HEADER.contains(name)) {
          problems.add(r.line(), "unknown column \"" + r.cells().get(k) + "\" in the header row; "
              + "the columns are " + String.join(", ", CsvPlanWriter.HEADER));
        } else if (columns.putIfAbsent(name, k) != null) {
          problems.add(r.line(), "the column \"" + name + "\" appears twice in the header row");
        }
      }
      for (String required : List.of("section", "code", "title")) {
        if (!columns.containsKey(required)) {
          problems.add(r.line(), "the header row has no \"" + required + "\" column");
        }
      }
    }

    private String get(Record r, String column) {
      Integer k = columns.get(column);
      return k == null ? "" : r.cells().get(k);
    }

    private void activity(Record row, DeadlineContext context, boolean declaredSections) {
      Record r = row.fit(columns.size());
      if (r.cells().size() != columns.size()) {
        problems.add(r.line(), "the row has " + r.cells().size() + " cells; the header has "
            + columns.size());
        return;
      }
      int before = problemCount();
      String sectionNumber = get(r, "section").trim();
      String code = get(r, "code");
      if (code.isBlank()) {
        problems.add(r.line(), "code: the activity code is empty");
      }
      List<String> responsible = new ArrayList<>();
      // one name a line (CR LF, CR or LF); a line of blanks names no one
      String cell = get(r, "responsible");
      int start = 0;
      for (int i = 0; i <= cell.length(); i++) {
        char c = i < cell.length() ? cell.charAt(i) : '\n';
        if (c == '\n' || c == '\r') {
          String name = cell.substring(start, i);
          if (!Names.normalize(name).isEmpty()) {
            responsible.add(name);
          }
          if (c == '\r' && i + 1 < cell.length() && cell.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      String deadlineText = get(r, "deadline");
      List<Window> windows = windows(r, get(r, "windows"));
      OptionalInt duration = OptionalInt.empty();
      String days = get(r, "duration_days").trim();
      if (!days.isEmpty()) {
        try {
          int d = Integer.parseInt(days);
          if (d < 1) {
            throw new NumberFormatException();
          }
          duration = OptionalInt.of(d);
        } catch (NumberFormatException e) {
          problems.add(r.line(), "duration_days: expected a positive number of days, found \""
              + days + "\"");
        }
      }
      String tentativeText = get(r, "tentative").trim().toLowerCase(Locale.ROOT);
      boolean tentative = tentativeText.equals("true");
      if (!tentativeText.isEmpty() && !tentativeText.equals("true")
          && !tentativeText.equals("false")) {
        problems.add(r.line(), "tentative: expected true or false, found \"" + tentativeText
            + "\"");
      }
      Optional<Recurrence> recurrence = constant(r, "recurrence", Recurrence.class);
      Optional<FinancingSource> source = constant(r, "financing", FinancingSource.class);
      if (problemCount() > before) {
        return;
      }
      Deadline deadline;
      if (!columns.containsKey("windows")) {
        deadline = PlanTable.deadline(Names.normalize(deadlineText), context);
      } else {
        deadline = new Deadline(deadlineText, ImmutableList.copyOf(windows), duration, tentative,
            recurrence);
      }
      String financingText = get(r, "financing_text");
      Financing financing = source.map(s -> new Financing(s, financingText))
          .orElseGet(() -> Financing.of(financingText));
      int at = sectionIndex(sectionNumber, declaredSections);
      if (at < 0) {
        problems.add(r.line(), "section: activity " + code.trim() + " names section \""
            + sectionNumber + "\", which no #section row before it declares (in this order)");
        return;
      }
      Activity activity = Activity.of(code, get(r, "title"), responsible, deadline,
          get(r, "completion_form"), financing);
      sectionActivities.set(at, sectionActivities.get(at) + 1);
      if (problems.isEmpty()) {
        beginUpTo(at);
        problems.hand(r.line(), 0, () -> parts.activity(activity));
      }
    }

    /**
     * A section given fewer rows than its #section row says is a damaged document, not a plan: the
     * count decides which rows belong to which of the sections that share a number, so the rows
     * of one may have been read into another.
     */
    private void checkCounts() {
      for (int k = 0; k < sections.size(); k++) {
        int found = sectionActivities.get(k);
        if (counts.get(k) >= 0 && found != counts.get(k)) {
          problems.add(sectionLines.get(k), "#section " + sections.get(k)[0].trim() + ": says "
              + counts.get(k) + " activit" + (counts.get(k) == 1 ? "y" : "ies") + ", but "
              + found + (found == 1 ? " row belongs" : " rows belong") + " to it");
        }
      }
    }

    /**
     * The section a row belongs to: the current one while it has room (its #section row gives its
     * number of activities, which tells apart sections that share a number), else the next one with
     * that number.
     */
    private int sectionIndex(String number, boolean declaredSections) {
      for (int k = current; k < sections.size(); k++) {
        if (counts.get(k) >= 0 && sectionActivities.get(k) >= counts.get(k)) {
          continue;
        }
        if (sections.get(k)[0].trim().equals(number)) {
          current = k;
          return k;
        }
      }
      if (declaredSections || number.isEmpty()) {
        return -1;
      }
      sections.add(new String[] {number, ""});
      sectionActivities.add(0);
      counts.add(-1);
      sectionLines.add(0);
      current = sections.size() - 1;
      return current;
    }

    private List<Window> windows(Record r, String text) {
      List<Window> windows = new ArrayList<>();
      if (text.isBlank()) {
        return windows;
      }
      List<Window> known = windowTexts.get(text);
      if (known != null) {
        return known;
      }
      int before = problemCount();
      for (String part : text.split(";")) {
        String p = part.trim();
        int dots = p.indexOf("..");
        try {
          if (dots < 0) {
            throw new IllegalArgumentException();
          }
          String from = p.substring(0, dots).trim();
          String to = p.substring(dots + 2).trim();
          windows.add(new Window(from.isEmpty() ? Optional.empty()
              : Optional.of(IsoDates.parse(from)), to.isEmpty() ? Optional.empty()
              : Optional.of(IsoDates.parse(to))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          problems.add(r.line(), "windows: \"" + p + "\" is not a window such as "
              + "2024-03-01..2024-04-30 (either side may be left empty, not both; the end not "
              + "before the start)");
        }
      }
      // only short texts are kept: a cell of thousands of windows is read once, never held
      if (problemCount() == before && text.length() <= WINDOW_TEXT_LENGTH) {
        if (windowTexts.size() >= WINDOW_TEXTS) {
          windowTexts.clear();
        }
        windowTexts.put(text, ImmutableList.copyOf(windows));
      }
      return windows;
    }

    private <E extends Enum<E>> Optional<E> constant(Record r, String column, Class<E> type) {
      String text = get(r, column).trim();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(text)) {
          return Optional.of(e);
        }
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name());
      }
      problems.add(r.line(), column + ": \"" + text + "\" is not one of "
          + String.join(", ", names));
      return Optional.empty();
    }

    private int problemCount() {
      return problems.count();
    }
  }
}
