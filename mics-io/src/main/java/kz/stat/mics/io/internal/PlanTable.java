package kz.stat.mics.io.internal;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.schedule.YearRange;

/**
 * The layout of a plan written as a table, shared by the text export and the Word reader: title
 * before the table, a header row naming the columns, section rows ("1", title) and activity rows
 * ("1.1", one cell per column), then a note listing the abbreviations with their full names.
 */
public final class PlanTable {

  /**
   * The columns a plan table may have. A status column (the status as of a day, which an export
   * adds) is recognised so that such a table reads back, and is not read: progress is not the plan.
   */
  public enum Column {
    NUMBER, ACTIVITY, RESPONSIBLE, DEADLINE, COMPLETION_FORM, FINANCING, STATUS
  }

  /** A status column's heading, whatever follows the word (such as the day it is as of). */
  private static final Pattern STATUS_HEADING = Pattern.compile(
      "(?iU)^\\s*(мәртебесі|мәртебе|статус|status)(\\b.*)?$", Pattern.DOTALL);

  private record Heading(Column column, Language language) {}

  private static final ImmutableMap<String, Heading> HEADINGS = headings();
  private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d+)\\.?");
  private static final Pattern ACTIVITY_CODE = Pattern.compile("(\\d+(?:\\.\\d+)+)\\.?");
  private static final Pattern SECTION_IN_ONE_CELL = Pattern.compile("(\\d+)\\.?\\s+(\\S.*)",
      Pattern.DOTALL);
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(?<!\\d)((?:19|2\\d)\\d{2})\\s*[-\u2010-\u2015]\\s*((?:19|2\\d)\\d{2})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|2\\d)\\d{2})(?!\\d)");
  private static final Pattern NOTE_HEADING = Pattern.compile(
      "(?iU)^\\s*(ескертпе|ескерту|примечание|примечания|note|notes)\\b.*");
  private static final Pattern NAME_MARK = Pattern.compile("^[\\u00B7\\u2022\\-\\u2013\\u2014]\\s*");
  private static final Pattern STAMP = Pattern.compile("(?iU)^\\s*(утверждаю|утвержден[аоы]?"
      + "|согласовано|согласован[аы]?|бекітемін|бекітілді|бекітілген|келісілді|келісілген"
      + "|келісемін|approved|agreed|приложение|қосымша|annex|appendix)\\b");
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?iU)_{3,}|\\(\\s*(подпись|қолы|signature)\\s*\\)|(?<!\\p{L})(м\\.\\s?п|м\\.\\s?о)\\.");
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("[^\\p{L}]{1,4}");
  private static final Pattern PLAN_WORD = Pattern.compile(
      "(?iU)\\b(жоспар|жоспары|жоспарын|жоспарының|план|плана|plan|mics)\\b");
  private static final Pattern NOTE_HEADING_WORD = Pattern.compile(
      "(?iU)^\\s*(ескертпе|ескерту|примечание|примечания|note|notes)");
  private static final Pattern ABBREVIATIONS_WORD = Pattern.compile(
      "(?iU)(аббревиатур|қысқарт|сокращени|abbreviation)");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern INLINE_PAIR = Pattern.compile(
      "(.+?)\\s*(?:\\u00B7|\\u2022|\\s[-\\u2013\\u2014]|[-\\u2013\\u2014]\\s)\\s*(.+)");

  private PlanTable() {}

  /** The header row a writer puts in a plan of this language, in column order. */
  public static List<String> headerRow(Language language) {
    return switch (language) {
      case KK -> List.of("№", "Іс-шара", "Жауапты орындаушы*", "Орындау мерзімі",
          "Аяқталу нысаны", "Қаржыландыру");
      case RU -> List.of("№", "Мероприятие", "Ответственный исполнитель*", "Срок исполнения",
          "Форма завершения", "Финансирование");
      case EN -> List.of("No.", "Activity", "Responsible*", "Deadline", "Completion form",
          "Financing");
    };
  }

  /** The line that opens the abbreviation note under the table, in the plan's language. */
  public static String noteHeading(Language language) {
    return switch (language) {
      case KK -> "Ескертпе*: аббревиатуралардың толық жазылуы:";
      case RU -> "Примечание*: расшифровка аббревиатур:";
      case EN -> "Note*: abbreviations written out:";
    };
  }

  /** The cells of an activity row as a writer puts them, in {@link #headerRow} order. */
  public static List<String> activityRow(Activity a) {
    return List.of(a.code(), Names.normalize(a.title()), String.join(", ", a.responsible()),
        Names.normalize(a.deadline().text()), Names.normalize(a.completionForm()),
        a.financing().text());
  }

  /**
   * Turns the parts of a document into a plan. The plan table is the first table whose first row
   * names plan columns (else the first table, whose header is then reported); the text before it
   * is the title, the text and tables after it the abbreviation note. Whatever is neither the
   * title, the plan table nor a recognisable abbreviation entry (an approval stamp, a signature, a
   * footnote marker, a heading, another table) is skipped and noted in {@code problems}, and
   * never refuses the plan.
   *
   * @param parts the document's paragraphs or lines and tables, in order
   * @param noTable what to say when the document holds no table at all
   * @throws kz.stat.mics.domain.port.PlanDocumentException with every problem found
   */
  public static ActionPlan read(Problems problems, List<DocumentPart> parts, String noTable,
      DocumentLimits limits) {
    int at = planTable(parts);
    if (at < 0) {
      problems.add(noTable);
      problems.throwIfAny();
    }
    List<TableRow> before = new ArrayList<>();
    for (DocumentPart part : parts.subList(0, at)) {
      if (part instanceof DocumentPart.Text t) {
        before.add(t.row());
      } else if (part instanceof DocumentPart.Table t) {
        skipTable(problems, t, "a table before the plan table");
      }
    }
    String title = title(problems, before);
    List<TableRow> rows = ((DocumentPart.Table) parts.get(at)).rows();
    String titleProblem = limits.cellProblem(title);
    if (titleProblem != null) {
      problems.add("the title: " + titleProblem);
    }
    for (DocumentPart part : parts.subList(at, parts.size())) {
      if (part instanceof DocumentPart.Table t) {
        for (TableRow row : t.rows()) {
          checkCells(problems, row, limits);
        }
      } else if (part instanceof DocumentPart.Text t) {
        checkCells(problems, t.row(), limits);
      }
    }
    problems.throwIfAny();
    if (rows.isEmpty()) {
      problems.add("the plan table has no rows");
      problems.throwIfAny();
    }
    TableRow header = rows.get(0);
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    Language language = readHeader(problems, header, columns);
    problems.throwIfAny();

    List<PendingSection> sections = new ArrayList<>();
    List<PendingActivity> activities = new ArrayList<>();
    for (TableRow row : rows.subList(1, rows.size())) {
      readRow(problems, row, columns, sections, activities);
    }
    ExecutorDirectory directory = readNote(problems, parts.subList(at + 1, parts.size()));
    YearRange period = period(problems, title, activities);
    problems.throwIfAny();

    DeadlineContext context = DeadlineContext.of(language).withYears(period);
    List<Section> built = new ArrayList<>();
    for (PendingSection s : sections) {
      List<Activity> list = new ArrayList<>();
      for (PendingActivity a : s.activities) {
        list.add(a.build(context));
      }
      built.add(Section.of(s.number, s.title, list));
    }
    return ActionPlan.of(title, language, period, built, directory);
  }

  /** The index of the plan table among {@code parts}, -1 when there is no table. */
  private static int planTable(List<DocumentPart> parts) {
    int first = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof DocumentPart.Table t) {
        if (!t.rows().isEmpty() && namesPlanColumns(t.rows().get(0))) {
          return i;
        }
        if (first < 0) {
          first = i;
        }
      }
    }
    return first;
  }

  /** Whether a row names at least one plan column other than the number. */
  private static boolean namesPlanColumns(TableRow row) {
    for (TableCell c : row.cells()) {
      Heading h = HEADINGS.get(headingKey(c.text()));
      if (h != null && h.language() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The title from the text before the table: approval stamps, signatures and footnote markers
   * are skipped; of the blocks that blank lines leave, those naming a plan or a year range are the
   * title (all of them when none does).
   */
  private static String title(Problems problems, List<TableRow> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<List<TableRow>> blockRows = new ArrayList<>();
    List<String> block = new ArrayList<>();
    List<TableRow> rowsOfBlock = new ArrayList<>();
    boolean inStamp = false;
    for (TableRow line : lines) {
      String text = joined(line);
      if (text.isEmpty()) {
        inStamp = false;
        if (!block.isEmpty()) {
          blocks.add(block);
          blockRows.add(rowsOfBlock);
          block = new ArrayList<>();
          rowsOfBlock = new ArrayList<>();
        }
        continue;
      }
      boolean titleLike = namesAPlan(text);
      String kind = null;
      if (!titleLike && STAMP.matcher(text).lookingAt()) {
        inStamp = true;
        kind = "an approval stamp";
      } else if (inStamp && !titleLike) {
        kind = "an approval stamp";
      } else if (SIGNATURE.matcher(text).find()) {
        kind = "a signature";
      } else if (FOOTNOTE_MARK.matcher(text).matches()) {
        kind = "a footnote marker";
      }
      if (kind != null) {
        skip(problems, line, kind, text);
        continue;
      }
      inStamp = false;
      block.add(text);
      rowsOfBlock.add(line);
    }
    if (!block.isEmpty()) {
      blocks.add(block);
      blockRows.add(rowsOfBlock);
    }
    boolean anyNamesAPlan = blocks.stream().anyMatch(b -> b.stream().anyMatch(
        PlanTable::namesAPlan));
    List<String> title = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      List<String> b = blocks.get(i);
      if (!anyNamesAPlan || b.stream().anyMatch(PlanTable::namesAPlan)) {
        title.addAll(b);
      } else {
        for (TableRow r : blockRows.get(i)) {
          skip(problems, r, "text before the title", joined(r));
        }
      }
    }
    return Names.normalize(String.join(" ", title));
  }

  /** Whether a line names the plan: a year range, or the word plan. */
  private static boolean namesAPlan(String text) {
    return YEAR_RANGE.matcher(text).find() || PLAN_WORD.matcher(text).find();
  }

  private static Language readHeader(Problems problems, TableRow header,
      Map<Column, Integer> columns) {
    Map<Language, Integer> votes = new EnumMap<>(Language.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String key = headingKey(header.text(i));
      Heading h = key.isEmpty() || key.equals("no") || key.equals("n") ? new Heading(Column.NUMBER,
          null) : STATUS_HEADING.matcher(key).matches() ? new Heading(Column.STATUS, null)
          : HEADINGS.get(key);
      if (h == null) {
        unknown.add(Names.normalize(header.text(i)));
        continue;
      }
      if (columns.putIfAbsent(h.column(), i) != null) {
        problem(problems, header, i, "the header row names the column \""
            + Names.normalize(header.text(i)) + "\" twice");
      }
      if (h.language() != null) {
        votes.merge(h.language(), 1, Integer::sum);
      }
    }
    boolean looksLikeData = header.size() > 0
        && (SECTION_NUMBER.matcher(Names.normalize(header.text(0))).matches()
            || ACTIVITY_CODE.matcher(Names.normalize(header.text(0))).matches());
    if (looksLikeData || votes.isEmpty()) {
      problem(problems, header, -1, "the table has no header row: its first row must name the "
          + "columns (such as №, Іс-шара, Жауапты орындаушы, Орындау мерзімі, Аяқталу нысаны, "
          + "Қаржыландыру, or Мероприятие / Activity ...)");
      return Language.KK;
    }
    for (String u : unknown) {
      problems.add(header.line(), 0, where(header) + "unknown column \"" + u
          + "\" in the header row");
    }
    for (Column required : List.of(Column.NUMBER, Column.ACTIVITY, Column.RESPONSIBLE,
        Column.DEADLINE)) {
      if (!columns.containsKey(required)) {
        problems.add(header.line(), 0, where(header) + "the header row has no "
            + required.name().toLowerCase(Locale.ROOT) + " column");
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(Language.KK);
  }

  /**
   * The plan column a header cell names, in any language ("№", "Іс-шара", "Deadline" ...); empty
   * for a heading of something else.
   */
  public static Optional<Column> column(String heading) {
    String key = headingKey(heading);
    if (key.equals("no") || key.equals("n") || (key.isEmpty() && heading.contains("№"))) {
      return Optional.of(Column.NUMBER);
    }
    if (STATUS_HEADING.matcher(key).matches()) {
      return Optional.of(Column.STATUS);
    }
    Heading h = HEADINGS.get(key);
    return h == null ? Optional.empty() : Optional.of(h.column());
  }

  /** A heading in the form it is looked up in: lower case, no '*', '№', '#', spaces collapsed. */
  static String headingKey(String text) {
    return Names.normalize(text.replace("*", " ").replace("№", " ").replace("#", " ")
        .replace(':', ' ')).toLowerCase(Locale.ROOT);
  }

  private static void readRow(Problems problems, TableRow row, Map<Column, Integer> columns,
      List<PendingSection> sections, List<PendingActivity> activities) {
    List<String> texts = new ArrayList<>();
    for (TableCell c : row.cells()) {
      texts.add(Names.normalize(c.text()));
    }
    if (texts.stream().allMatch(String::isEmpty)) {
      return;
    }
    int numberAt = columns.get(Column.NUMBER);
    String first = texts.isEmpty() ? "" : texts.get(0);
    // a section row: its number and one cell (the rest, if any, empty or merged away)
    Matcher section = SECTION_NUMBER.matcher(first);
    if (section.matches() && texts.stream().skip(1).filter(t -> !t.isEmpty()).count() <= 1) {
      String sectionTitle = texts.stream().skip(1).filter(t -> !t.isEmpty()).findFirst()
          .orElse("");
      if (sectionTitle.isEmpty()) {
        problem(problems, row, 0, "section " + section.group(1) + " has no title");
      }
      sections.add(new PendingSection(section.group(1), sectionTitle));
      return;
    }
    Matcher oneCell = SECTION_IN_ONE_CELL.matcher(first);
    if (texts.size() == 1 && oneCell.matches() && !ACTIVITY_CODE.matcher(
        first.split("\\s", 2)[0]).matches()) {
      sections.add(new PendingSection(oneCell.group(1), Names.normalize(oneCell.group(2))));
      return;
    }
    String number = numberAt < texts.size() ? texts.get(numberAt) : "";
    Matcher code = ACTIVITY_CODE.matcher(number);
    if (!code.matches()) {
      problem(problems, row, -1, "a row that is neither a section (a whole number and a title) "
          + "nor an activity (a code such as 1.1 in the № column): \"" + abbreviate(
              String.join(" | ", texts)) + "\"");
      return;
    }
    int expected = columns.size();
    if (texts.size() != expected) {
      problem(problems, row, -1, "activity " + code.group(1) + " has " + texts.size()
          + " cells; the header has " + expected + " columns");
      return;
    }
    if (sections.isEmpty()) {
      problem(problems, row, -1, "activity " + code.group(1) + " comes before any section row");
      return;
    }
    PendingActivity a = new PendingActivity(code.group(1), texts.get(columns.get(Column.ACTIVITY)),
        responsible(row.text(columns.get(Column.RESPONSIBLE))),
        texts.get(columns.get(Column.DEADLINE)),
        columns.containsKey(Column.COMPLETION_FORM) ? texts.get(columns.get(
            Column.COMPLETION_FORM)) : "",
        columns.containsKey(Column.FINANCING) ? Optional.of(texts.get(columns.get(
            Column.FINANCING))) : Optional.empty());
    sections.get(sections.size() - 1).activities.add(a);
    activities.add(a);
  }

  /** The responsible cell split on commas, each name's whitespace collapsed, empty ones dropped. */
  public static List<String> responsible(String cell) {
    List<String> names = new ArrayList<>();
    for (String part : cell.split("[,;]")) {
      String n = Names.normalize(part);
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    return names;
  }

  /**
   * The abbreviation note from what follows the plan table. A table whose rows hold no entry is
   * skipped whole; so is every line that is not an entry (nor the first note heading), and an
   * abbreviation that no full name follows.
   */
  private static ExecutorDirectory readNote(Problems problems, List<DocumentPart> parts) {
    Note note = new Note(problems);
    for (DocumentPart part : parts) {
      if (part instanceof DocumentPart.Text t) {
        note.read(t.row());
      } else if (part instanceof DocumentPart.Table t) {
        if (t.rows().stream().anyMatch(r -> Note.entry(cells(r)).isPresent())) {
          t.rows().forEach(note::read);
        } else {
          note.endPending();
          skipTable(problems, t, "a table that is neither the plan table nor the abbreviation "
              + "note");
        }
      }
    }
    note.endPending();
    return ExecutorDirectory.of(new ArrayList<>(note.entries.values()));
  }

  /** The entries of the abbreviation note as they are read, line by line. */
  private static final class Note {
    final Problems problems;
    final Map<String, Executor> entries = new LinkedHashMap<>();
    String pendingCode;
    TableRow pendingRow;

    Note(Problems problems) {
      this.problems = problems;
    }

    void read(TableRow line) {
      List<String> cells = cells(line);
      if (cells.isEmpty()) {
        return;
      }
      String text = String.join(" ", cells);
      if (pendingCode != null && cells.size() == 1 && NAME_MARK.matcher(text).find()) {
        add(line, pendingCode, NAME_MARK.matcher(text).replaceFirst(""));
        pendingCode = null;
        return;
      }
      endPending();
      if (NOTE_HEADING.matcher(cells.get(0)).matches()) {
        // the heading of the abbreviation list, or a bare "Note:", is part of the note
        if (!ABBREVIATIONS_WORD.matcher(text).find() && LETTER.matcher(
            NOTE_HEADING_WORD.matcher(text).replaceFirst("")).find()) {
          skip(problems, line, "a note that is not the abbreviation list", text);
        }
        return;
      }
      Optional<Executor> entry = entry(cells);
      if (entry.isPresent()) {
        add(line, entry.get().code(), entry.get().name());
      } else if (cells.size() == 1 && isAbbreviation(text, false)) {
        pendingCode = text;
        pendingRow = line;
      } else {
        skip(problems, line, kind(text, "text that is not an abbreviation entry"), text);
      }
    }

    /** An abbreviation that the next line did not give a full name is skipped. */
    void endPending() {
      if (pendingCode != null) {
        skip(problems, pendingRow, "an abbreviation with no full name after it", pendingCode);
        pendingCode = null;
      }
    }

    private void add(TableRow line, String code, String name) {
      String c = Names.normalize(code);
      String n = Names.normalize(name);
      if (!LETTER.matcher(n).find()) {
        // a name mark with nothing after it ("ХСД", then a line "·")
        skip(problems, line, "an abbreviation with no full name after it", c);
        return;
      }
      if (entries.putIfAbsent(Names.key(c), Executor.of(c, n)) != null) {
        skip(problems, line, "an abbreviation listed again (the first entry is kept)",
            c + " " + n);
      }
    }

    /**
     * The entry a line holds: an abbreviation and its full name in two cells, or in one cell
     * joined by "·", "-", "–" or "—".
     */
    static Optional<Executor> entry(List<String> cells) {
      if (cells.size() >= 2) {
        String rest = String.join(" ", cells.subList(1, cells.size()));
        boolean marked = NAME_MARK.matcher(rest).find();
        String name = Names.normalize(NAME_MARK.matcher(rest).replaceFirst(""));
        String code = cells.get(0);
        return isAbbreviation(code, marked) && LETTER.matcher(name).find()
            ? Optional.of(Executor.of(code, name)) : Optional.empty();
      }
      if (cells.size() == 1) {
        Matcher m = INLINE_PAIR.matcher(cells.get(0));
        if (m.matches()) {
          String code = Names.normalize(m.group(1));
          String name = Names.normalize(m.group(2));
          if (isAbbreviation(code, false) && LETTER.matcher(name).find()) {
            return Optional.of(Executor.of(code, name));
          }
        }
      }
      return Optional.empty();
    }

    /**
     * Whether a text can be an abbreviation: short, with letters, not a stamp or signature, and
     * with at least two capitals unless a name mark ("·", "-") follows it.
     */
    static boolean isAbbreviation(String code, boolean marked) {
      if (code.length() > 40 || code.split("\\s+").length > 5 || !LETTER.matcher(code).find()
          || STAMP.matcher(code).lookingAt() || SIGNATURE.matcher(code).find()
          || NOTE_HEADING.matcher(code).matches()) {
        return false;
      }
      return marked || code.codePoints().filter(Character::isUpperCase).count() >= 2;
    }
  }

  /** The non-blank cells of a row, whitespace collapsed. */
  private static List<String> cells(TableRow row) {
    List<String> cells = new ArrayList<>();
    for (TableCell c : row.cells()) {
      String t = Names.normalize(c.text());
      if (!t.isEmpty()) {
        cells.add(t);
      }
    }
    return cells;
  }

  private static String joined(TableRow row) {
    return String.join(" ", cells(row));
  }

  /** What a skipped line is, named for the message. */
  private static String kind(String text, String otherwise) {
    if (STAMP.matcher(text).lookingAt()) {
      return "an approval stamp";
    }
    if (SIGNATURE.matcher(text).find()) {
      return "a signature";
    }
    if (FOOTNOTE_MARK.matcher(text).matches()) {
      return "a footnote marker";
    }
    return otherwise;
  }

  private static void skip(Problems problems, TableRow row, String kind, String text) {
    problems.skip(place(row) + ": skipped " + kind + ": \"" + abbreviate(text) + "\"");
  }

  private static void skipTable(Problems problems, DocumentPart.Table table, String kind) {
    String first = table.rows().stream().map(PlanTable::joined).filter(t -> !t.isEmpty())
        .findFirst().orElse("");
    problems.skip(table.place() + ": skipped " + kind + ": \"" + abbreviate(first) + "\"");
  }

  /** How a message names a row: its place in a Word document, its line in a text file. */
  private static String place(TableRow row) {
    return row.place().isEmpty() ? "line " + row.line() : row.place();
  }

  private static YearRange period(Problems problems, String title,
      List<PendingActivity> activities) {
    Matcher range = YEAR_RANGE.matcher(title);
    if (range.find()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      if (to >= from) {
        return YearRange.of(from, to);
      }
      problems.add("the title's years " + from + "-" + to + " run backwards");
      return YearRange.single(Year.now().getValue());
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (PendingActivity a : activities) {
      Matcher y = YEAR.matcher(a.deadline);
      while (y.find()) {
        int year = Integer.parseInt(y.group(1));
        min = Math.min(min, year);
        max = Math.max(max, year);
      }
    }
    if (min <= max) {
      return YearRange.of(min, max);
    }
    problems.add("cannot tell the years the plan covers: the title has no year range (such as "
        + "2023-2025) and no deadline names a year");
    return YearRange.single(Year.now().getValue());
  }

  /** Holds every cell of {@code row} to the cell limit. */
  private static void checkCells(Problems problems, TableRow row, DocumentLimits limits) {
    for (int i = 0; i < row.size(); i++) {
      String problem = limits.cellProblem(row.text(i));
      if (problem != null) {
        problem(problems, row, i, problem);
      }
    }
  }

  private static void problem(Problems problems, TableRow row, int cell, String message) {
    int column = cell >= 0 && cell < row.size() ? row.cells().get(cell).column() : 0;
    int line = cell >= 0 && cell < row.size() && row.cells().get(cell).line() > 0
        ? row.cells().get(cell).line() : row.line();
    problems.add(line, column, where(row) + message);
  }

  private static String where(TableRow row) {
    return row.place().isEmpty() ? "" : row.place() + ": ";
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static final class PendingSection {
    final String number;
    final String title;
    final List<PendingActivity> activities = new ArrayList<>();

    PendingSection(String number, String title) {
      this.number = number;
      this.title = title;
    }
  }

  private record PendingActivity(String code, String title, List<String> responsible,
      String deadline, String completionForm, Optional<String> financing) {

    Activity build(DeadlineContext context) {
      return Activity.of(code, title, responsible, PlanTable.deadline(deadline, context),
          completionForm,
          financing.map(Financing::of).orElseGet(Financing::unspecified));
    }
  }

  /**
   * Reads a deadline cell; a text the parser cannot read stays as an unresolved deadline, for
   * validation to report.
   */
  public static Deadline deadline(String text, DeadlineContext context) {
    if (text.isEmpty()) {
      return Deadline.unresolved(text);
    }
    try {
      return DeadlineParser.read(text, context).deadline().withText(text);
    } catch (RuntimeException e) {
      return Deadline.unresolved(text);
    }
  }

  private static ImmutableMap<String, Heading> headings() {
    Map<String, Heading> m = new LinkedHashMap<>();
    add(m, Column.NUMBER, null, "номер", "нөмір", "no.", "number", "п/п", "n п/п");
    add(m, Column.ACTIVITY, Language.KK, "іс-шара", "іс-шаралар", "іс-шараның атауы",
        "іс шара");
    add(m, Column.ACTIVITY, Language.RU, "мероприятие", "мероприятия",
        "наименование мероприятия");
    add(m, Column.ACTIVITY, Language.EN, "activity", "activities", "action", "task");
    add(m, Column.RESPONSIBLE, Language.KK, "жауапты орындаушы", "жауапты орындаушылар",
        "жауаптылар", "жауапты");
    add(m, Column.RESPONSIBLE, Language.RU, "ответственный исполнитель",
        "ответственные исполнители", "ответственные", "ответственный", "исполнитель",
        "исполнители");
    add(m, Column.RESPONSIBLE, Language.EN, "responsible", "responsible executor",
        "responsible executors", "responsible party", "executor", "executors");
    add(m, Column.DEADLINE, Language.KK, "орындау мерзімі", "мерзімі", "мерзім",
        "орындау мерзімдері");
    add(m, Column.DEADLINE, Language.RU, "срок исполнения", "сроки исполнения", "срок",
        "сроки", "срок выполнения", "сроки выполнения");
    add(m, Column.DEADLINE, Language.EN, "deadline", "deadlines", "due", "due date", "timeline",
        "execution period", "period");
    add(m, Column.COMPLETION_FORM, Language.KK, "аяқталу нысаны", "аяқтау нысаны");
    add(m, Column.COMPLETION_FORM, Language.RU, "форма завершения", "форма завершения работы");
    add(m, Column.COMPLETION_FORM, Language.EN, "completion form", "form of completion",
        "deliverable", "output");
    add(m, Column.FINANCING, Language.KK, "қаржыландыру", "қаржыландыру көзі");
    add(m, Column.FINANCING, Language.RU, "финансирование", "источник финансирования",
        "источники финансирования");
    add(m, Column.FINANCING, Language.EN, "financing", "funding", "source of funding",
        "source of financing");
    return ImmutableMap.copyOf(m);
  }

  private static void add(Map<String, Heading> m, Column column, Language language,
      String... names) {
    for (String n : names) {
      m.put(headingKey(n), new Heading(column, language));
    }
  }
}
