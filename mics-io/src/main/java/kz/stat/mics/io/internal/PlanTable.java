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

  /** The columns a plan table may have. */
  public enum Column {
    NUMBER, ACTIVITY, RESPONSIBLE, DEADLINE, COMPLETION_FORM, FINANCING
  }

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
   * Turns the parts of a plan table into a plan.
   *
   * @param titleParts the lines or paragraphs before the table
   * @param rows the table rows, the header first
   * @param noteLines the lines after the table: the note heading and the abbreviation pairs, each
   *     split into cells
   * @throws kz.stat.mics.domain.port.PlanDocumentException with every problem found
   */
  public static ActionPlan read(Problems problems, List<String> titleParts, List<TableRow> rows,
      List<TableRow> noteLines) {
    return read(problems, titleParts, rows, noteLines, DocumentLimits.defaults());
  }

  /**
   * The plan of a table, as {@link #read(Problems, List, List, List)}, with every cell, the title
   * and each note line first held to the cell limit of {@code limits}.
   *
   * @throws kz.stat.mics.domain.port.PlanDocumentException with every problem found
   */
  public static ActionPlan read(Problems problems, List<String> titleParts, List<TableRow> rows,
      List<TableRow> noteLines, DocumentLimits limits) {
    String title = Names.normalize(String.join(" ", titleParts));
    String titleProblem = limits.cellProblem(title);
    if (titleProblem != null) {
      problems.add("the title: " + titleProblem);
    }
    for (List<TableRow> part : List.of(rows, noteLines)) {
      for (TableRow row : part) {
        for (int i = 0; i < row.size(); i++) {
          String problem = limits.cellProblem(row.text(i));
          if (problem != null) {
            problem(problems, row, i, problem);
          }
        }
      }
    }
    problems.throwIfAny();
    if (rows.isEmpty()) {
      problems.add("has no plan table (rows whose cells start with a TAB, the header row first)");
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
    ExecutorDirectory directory = readNote(problems, noteLines);
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

  private static Language readHeader(Problems problems, TableRow header,
      Map<Column, Integer> columns) {
    Map<Language, Integer> votes = new EnumMap<>(Language.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String key = headingKey(header.text(i));
      Heading h = key.isEmpty() || key.equals("no") || key.equals("n") ? new Heading(Column.NUMBER,
          null) : HEADINGS.get(key);
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

  private static ExecutorDirectory readNote(Problems problems, List<TableRow> lines) {
    Map<String, Executor> entries = new LinkedHashMap<>();
    String pendingCode = null;
    TableRow pendingRow = null;
    boolean first = true;
    for (TableRow line : lines) {
      List<String> cells = new ArrayList<>();
      for (TableCell c : line.cells()) {
        String t = Names.normalize(c.text());
        if (!t.isEmpty()) {
          cells.add(t);
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (first && NOTE_HEADING.matcher(cells.get(0)).matches()) {
        first = false;
        continue;
      }
      first = false;
      String code;
      String name;
      if (cells.size() >= 2) {
        code = cells.get(0);
        name = NAME_MARK.matcher(String.join(" ", cells.subList(1, cells.size()))).replaceFirst("");
      } else if (pendingCode != null && NAME_MARK.matcher(cells.get(0)).find()) {
        code = pendingCode;
        name = NAME_MARK.matcher(cells.get(0)).replaceFirst("");
        pendingCode = null;
      } else {
        Matcher m = INLINE_PAIR.matcher(cells.get(0));
        if (m.matches()) {
          code = m.group(1);
          name = m.group(2);
        } else {
          if (pendingCode != null) {
            problem(problems, pendingRow, -1, "the abbreviation \"" + pendingCode
                + "\" has no full name after it");
          }
          pendingCode = cells.get(0);
          pendingRow = line;
          continue;
        }
      }
      if (pendingCode != null) {
        problem(problems, pendingRow, -1, "the abbreviation \"" + pendingCode
            + "\" has no full name after it");
        pendingCode = null;
      }
      name = Names.normalize(name);
      code = Names.normalize(code);
      if (name.isEmpty()) {
        problem(problems, line, -1, "the abbreviation \"" + code + "\" has no full name after it");
      } else if (entries.putIfAbsent(Names.key(code), Executor.of(code, name)) != null) {
        problem(problems, line, -1, "the abbreviation \"" + code
            + "\" is listed twice in the note");
      }
    }
    if (pendingCode != null) {
      problem(problems, pendingRow, -1, "the abbreviation \"" + pendingCode
          + "\" has no full name after it");
    }
    return ExecutorDirectory.of(new ArrayList<>(entries.values()));
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
