package kz.stat.mics.domain.schedule;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.language.Language;

/**
 * Reads one deadline text. The text is split into pieces, the words looked up, the duration and
 * tentative and recurrence markers taken out, and what remains read as a list of segments (split at
 * commas, semicolons and "и"/"and"/"және"), each a date, a range of two dates, a "by" date or a
 * "from" date. Dates may leave out their month or year and take them from their neighbours
 * ("Наурыз, қыркүйек 2024", "с 1 по 20 апреля 2024 г."). One instance reads one text.
 */
final class DeadlineReader {
  /** No real deadline comes near this; longer texts are refused without being read. */
  static final int MAX_LENGTH = 4000;

  private enum Kind { DAY, MONTH, QUARTER, HALF, YEAR, PLAN_YEARS }

  private enum Bound { CLOSED, UNTIL, STARTING }

  /** A date as written, with what the text left out still missing (-1). */
  private static final class Point {
    Kind kind;
    int day = -1;
    int month = -1;
    int year = -1;
    int part = -1;
    /** The beginning, middle or end of the period ("конец марта"); null for all of it. */
    Stage stage;
    boolean fromCase;
    int start;
    int end;

    Point(Kind kind, Lexeme at) {
      this.kind = kind;
      this.start = at.start();
      this.end = at.end();
    }

    boolean needsYear() {
      return kind == Kind.DAY || kind == Kind.MONTH || kind == Kind.QUARTER || kind == Kind.HALF;
    }
  }

  private record Span(Point first, Point last, Bound bound, int start, int end) {
    Point lastPoint() {
      return last != null ? last : first;
    }
  }

  private final String original;
  private final String text;
  private final DeadlineContext context;
  private List<Lexeme> seg = List.of();
  private int p;
  private OptionalInt duration = OptionalInt.empty();
  private boolean tentative;
  private Recurrence recurrence;
  private boolean ongoing;
  private String noDate;

  DeadlineReader(String original, DeadlineContext context) {
    this.original = original;
    this.text = Normalizer.normalize(original, Normalizer.Form.NFC);
    this.context = context;
  }

  Deadline read() throws Unreadable {
    if (text.isBlank()) {
      throw new Unreadable("the deadline is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new Unreadable("the text is too long to be a deadline (" + text.length()
          + " characters)");
    }
    List<Lexeme> pieces = DeadlineText.split(text);
    for (Lexeme x : pieces) {
      if (x.is(Term.OTHER)) {
        throw new Unreadable("unexpected character " + quote(x.raw()));
      }
    }
    pieces = numericDates(pieces);
    pieces = DeadlineWords.classify(pieces);
    checkWords(pieces);
    pieces = dropNoise(pieces);
    pieces = takeMarkers(pieces);
    pieces = yearsAfterCommas(pieces);
    List<Span> spans = spans(pieces);
    fill(spans);
    List<Window> windows = windows(spans);
    if (windows.isEmpty() && ongoing) {
      YearRange years = planYears();
      windows = List.of(Window.of(years.from(), years.to()));
    }
    if (recurrence != null) {
      windows = repeat(windows);
    }
    if (windows.isEmpty()) {
      throw new Unreadable(noDate != null ? quote(noDate) + " gives no date"
          : "no date found in the text");
    }
    return new Deadline(original, ImmutableList.copyOf(windows), duration, tentative,
        Optional.ofNullable(recurrence));
  }

  // --- pieces ---------------------------------------------------------------------------------

  /** Joins "15.03.2024", "15/03/2024", "2024-03-15" and "03.2024" into one piece each. */
  private List<Lexeme> numericDates(List<Lexeme> in) throws Unreadable {
    List<Lexeme> out = new ArrayList<>(in.size());
    int n = in.size();
    for (int i = 0; i < n; i++) {
      Lexeme x = in.get(i);
      if (x.is(Term.NUMBER)) {
        if (x.isSmallNumber() && i + 4 < n
            && (in.get(i + 1).is(Term.DOT) || in.get(i + 1).is(Term.SLASH))
            && in.get(i + 2).isSmallNumber() && in.get(i + 3).term() == in.get(i + 1).term()
            && in.get(i + 4).is(Term.NUMBER)
            && (in.get(i + 4).digits() == 4 || in.get(i + 4).digits() == 2)) {
          String raw = text.substring(x.start(), in.get(i + 4).end());
          int year = year(in.get(i + 4));
          LocalDate date = in.get(i + 1).is(Term.SLASH) && english()
              ? englishSlashDate(year, x.value(), in.get(i + 2).value(), raw)
              : date(year, in.get(i + 2).value(), x.value(), raw);
          out.add(joined(Term.DATE, new Lexeme.Datum.Day(date), in, i, i + 4));
          i += 4;
          continue;
        }
        if (x.isYearNumber() && i + 4 < n && in.get(i + 1).is(Term.DASH)
            && in.get(i + 2).isSmallNumber() && in.get(i + 3).is(Term.DASH)
            && in.get(i + 4).isSmallNumber() && !in.get(i + 1).spaceBefore()
            && !in.get(i + 2).spaceBefore() && !in.get(i + 3).spaceBefore()
            && !in.get(i + 4).spaceBefore()) {
          String raw = text.substring(x.start(), in.get(i + 4).end());
          LocalDate date = date(year(x), in.get(i + 2).value(), in.get(i + 4).value(), raw);
          out.add(joined(Term.DATE, new Lexeme.Datum.Day(date), in, i, i + 4));
          i += 4;
          continue;
        }
        if (x.isSmallNumber() && i + 2 < n && in.get(i + 1).is(Term.DOT)
            && in.get(i + 2).isYearNumber() && !in.get(i + 1).spaceBefore()
            && !in.get(i + 2).spaceBefore()) {
          String raw = text.substring(x.start(), in.get(i + 2).end());
          YearMonth month = YearMonth.of(year(in.get(i + 2)), checkMonth(x.value(), raw));
          out.add(joined(Term.MONTH_DATE, new Lexeme.Datum.MonthOfYear(month), in, i, i + 2));
          i += 2;
          continue;
        }
      }
      out.add(x);
    }
    return out;
  }

  private boolean english() {
    return context.language().equals(Optional.of(Language.EN));
  }

  /**
   * A slash date in a text taken to be English: "03/04/2024" is 3 April in British usage and March 4
   * in American, so it is refused; "25/03/2024" and "03/25/2024" can each be only one day. Kazakh and
   * Russian write the day first, and so does a text whose language is not known.
   */
  private static LocalDate englishSlashDate(int year, int first, int second, String raw)
      throws Unreadable {
    Optional<LocalDate> dayFirst = validDate(year, second, first);
    Optional<LocalDate> monthFirst = validDate(year, first, second);
    if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst)) {
      throw new Unreadable("in English " + quote(raw) + " may be " + first + " "
          + englishMonth(second) + " or " + englishMonth(first) + " " + second
          + ": write the month as a word");
    }
    if (dayFirst.isPresent() || monthFirst.isPresent()) {
      return dayFirst.or(() -> monthFirst).get();
    }
    return date(year, second, first, raw);
  }

  private static Optional<LocalDate> validDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** The day a numeric date names, or the reason there is none. */
  private static LocalDate date(int year, int month, int day, String raw) throws Unreadable {
    YearMonth ym = YearMonth.of(year, checkMonth(month, raw));
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw new Unreadable("there is no day " + day + " in " + englishMonth(month) + " " + year
          + " (" + quote(raw) + ")");
    }
    return ym.atDay(day);
  }

  private static int checkMonth(int month, String raw) throws Unreadable {
    if (month < 1 || month > 12) {
      throw new Unreadable("there is no month " + month + " in " + quote(raw));
    }
    return month;
  }

  private Lexeme joined(Term term, Lexeme.Datum datum, List<Lexeme> in, int from, int to) {
    Lexeme a = in.get(from);
    Lexeme b = in.get(to);
    String raw = text.substring(a.start(), b.end());
    return new Lexeme(term, 0, false, datum, raw, raw, a.start(), b.end(), a.spaceBefore());
  }

  /** A four-digit year within the range plans use, or a two-digit year of a numeric date (20xx). */
  private static int year(Lexeme x) throws Unreadable {
    if (x.digits() == 2) {
      return 2000 + x.value();
    }
    if (x.digits() != 4 || !YearRange.isValidYear(x.value())) {
      throw new Unreadable("year " + x.raw() + " is out of range");
    }
    return x.value();
  }

  private static void checkWords(List<Lexeme> in) throws Unreadable {
    for (int i = 0; i < in.size(); i++) {
      Lexeme x = in.get(i);
      if (!x.is(Term.UNKNOWN)) {
        continue;
      }
      Lexeme before = i > 0 ? in.get(i - 1) : null;
      Lexeme after = i + 1 < in.size() ? in.get(i + 1) : null;
      // A word between a day, a dash or a year stands where a month stands.
      boolean monthPlace = (after != null && (after.isYearNumber() || after.is(Term.DASH)))
          || (before != null && (before.is(Term.DASH) || before.isSmallNumber()));
      throw new Unreadable((monthPlace ? "unknown month " : "unknown word ") + quote(x.raw()));
    }
  }

  /** Drops dots, fillers and the year words that follow a year ("2024 г.", "2024 жылғы"). */
  private static List<Lexeme> dropNoise(List<Lexeme> in) throws Unreadable {
    List<Lexeme> out = new ArrayList<>(in.size());
    Lexeme yearWithWord = null;
    for (Lexeme x : in) {
      switch (x.term()) {
        case DOT:
        case FILLER:
          break;
        case SLASH:
          throw new Unreadable("unexpected " + quote(x.raw()));
        case YEAR_WORD:
          Lexeme last = out.isEmpty() ? null : out.get(out.size() - 1);
          if (last != null && (last.isYearNumber() || last.is(Term.DATE)
              || last.is(Term.MONTH_DATE))) {
            if (last == yearWithWord) {
              throw new Unreadable("two year words after " + quote(last.raw()));
            }
            if (x.fromCase()) {
              last = last.as(last.term(), last.value(), true);
              out.set(out.size() - 1, last);
            }
            yearWithWord = last;
          } else {
            out.add(x);
          }
          break;
        default:
          out.add(x);
      }
    }
    return out;
  }

  /** Takes out "(10 күн)", "(нақтылануда)" and "ежеквартально", wherever they stand. */
  private List<Lexeme> takeMarkers(List<Lexeme> in) throws Unreadable {
    List<Lexeme> out = new ArrayList<>(in.size());
    int n = in.size();
    for (int i = 0; i < n; i++) {
      Lexeme x = in.get(i);
      if (x.is(Term.NUMBER) && x.digits() <= 3) {
        int j = i + 1;
        while (j < n && in.get(j).is(Term.DAY_ADJECTIVE)) {
          j++;
        }
        if (j < n && (in.get(j).is(Term.DAY_WORD) || in.get(j).is(Term.WEEK_WORD))) {
          if (x.value() <= 0) {
            throw new Unreadable("a duration of " + x.raw() + " " + in.get(j).raw()
                + " is not possible");
          }
          int days = x.value() * (in.get(j).is(Term.WEEK_WORD) ? 7 : 1);
          if (duration.isPresent() && duration.getAsInt() != days) {
            throw new Unreadable("two different durations: " + duration.getAsInt() + " and "
                + days + " days");
          }
          duration = OptionalInt.of(days);
          i = j;
          continue;
        }
      }
      switch (x.term()) {
        case TENTATIVE:
          tentative = true;
          break;
        case ONGOING:
          ongoing = true;
          break;
        case NO_DATE:
          if (noDate == null) {
            noDate = x.raw();
          }
          break;
        case RECURRENCE:
          Recurrence r = x.recurrence();
          if (recurrence != null && recurrence != r) {
            throw new Unreadable("two different recurrences: " + recurrence + " and " + r);
          }
          recurrence = r;
          break;
        case DAY_WORD:
        case WEEK_WORD:
        case DAY_ADJECTIVE:
          throw new Unreadable("a number of days is missing before " + quote(x.raw()));
        default:
          out.add(x);
      }
    }
    return out;
  }

  /**
   * Drops the comma between a month and its year ("July, 2013 to December, 2014", "March 15, 2024"),
   * so that the year stays with its month instead of starting a window of its own. A year that opens
   * the next date ("Наурыз, 2024 жылғы қыркүйек") keeps its comma.
   */
  private static List<Lexeme> yearsAfterCommas(List<Lexeme> in) {
    List<Lexeme> out = new ArrayList<>(in.size());
    int n = in.size();
    for (int i = 0; i < n; i++) {
      Lexeme x = in.get(i);
      if (x.is(Term.SEPARATOR) && isComma(x) && endsMonth(in, i - 1) && i + 1 < n
          && in.get(i + 1).isYearNumber() && (i + 2 == n || !startsDate(in.get(i + 2)))) {
        continue;
      }
      out.add(x);
    }
    return out;
  }

  private static boolean isComma(Lexeme x) {
    return x.raw().equals(",") || x.raw().equals("\uFF0C");
  }

  /** Whether the piece at {@code i} ends a month name: "March", "March 15", "March 15th". */
  private static boolean endsMonth(List<Lexeme> in, int i) {
    int k = i;
    if (k >= 0 && in.get(k).is(Term.SUFFIX)) {
      k--;
    }
    if (k >= 0 && in.get(k).isSmallNumber()) {
      k--;
    }
    return k >= 0 && in.get(k).is(Term.MONTH) && (k == i || in.get(i).is(Term.SUFFIX)
        || in.get(i).isSmallNumber());
  }

  // --- segments ---------------------------------------------------------------------------------

  private List<Span> spans(List<Lexeme> in) throws Unreadable {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= in.size(); i++) {
      if (i == in.size() || in.get(i).is(Term.SEPARATOR)) {
        if (i > start) {
          segment(in.subList(start, i), start > 0 && isComma(in.get(start - 1)), spans);
        } else {
          // A stray comma is punctuation; a stray "и", "and", "және" joins nothing to something.
          Lexeme word = i < in.size() && isWord(in.get(i)) ? in.get(i)
              : start > 0 && isWord(in.get(start - 1)) ? in.get(start - 1) : null;
          if (word != null) {
            throw new Unreadable("a date is missing next to " + quote(word.raw()));
          }
        }
        start = i + 1;
      }
    }
    return spans;
  }

  private static boolean isWord(Lexeme x) {
    return Character.isLetter(x.raw().codePointAt(0));
  }

  private Lexeme at(int i) {
    return i < seg.size() ? seg.get(i) : null;
  }

  private void segment(List<Lexeme> s, boolean afterComma, List<Span> spans) throws Unreadable {
    seg = s;
    p = 0;
    // "Q3, 2024": a year alone after a comma belongs to the date before it; after "и" it is a year.
    if (afterComma && s.size() == 1 && s.get(0).isYearNumber() && !spans.isEmpty()) {
      Point before = spans.get(spans.size() - 1).lastPoint();
      if (before.needsYear() && before.year < 0) {
        before.year = year(s.get(0));
        return;
      }
    }
    boolean from = false;
    boolean to = false;
    Lexeme endWord = null; // a word that makes a date a start or an end, not a range
    while (p < s.size()) {
      Term t = s.get(p).term();
      if ((t == Term.FROM && from) || (t == Term.TO && to)) {
        throw new Unreadable(quote(s.get(p).raw()) + " repeats a word before it");
      }
      if (t == Term.FROM) {
        from = true;
      } else if (t == Term.TO) {
        to = true;
        endWord = s.get(p);
      } else if (t != Term.DURING) {
        break;
      }
      p++;
    }
    if (p >= s.size()) {
      throw new Unreadable("a date is missing after " + quote(s.get(s.size() - 1).raw()));
    }
    Point a = item();
    int leadingYear = -1;
    // Kazakh puts the year first: "2024 жылғы 15 наурызға дейін", "2023 жылғы 4-тоқсан".
    if (a.kind == Kind.YEAR && a.stage == null && p < s.size() && startsItem(s.get(p))
        && !s.get(p).isYearNumber()) {
      leadingYear = a.year;
      a = item();
    }
    Point b = null;
    if (p < s.size() && (s.get(p).is(Term.DASH) || s.get(p).is(Term.TO))) {
      Lexeme connective = s.get(p++);
      if (p >= s.size() || !startsDate(s.get(p))) {
        throw new Unreadable("a date is missing after " + quote(connective.raw()));
      }
      b = rangeEnd();
    } else if (a.fromCase && p < s.size() && startsDate(s.get(p))) {
      b = rangeEnd(); // "1 сәуірден 20 сәуірге дейін"
    } else if (a.fromCase && p + 1 < s.size() && s.get(p).is(Term.FROM_AFTER)
        && startsDate(s.get(p + 1)) && s.get(s.size() - 1).is(Term.TO_AFTER)) {
      p++;
      b = rangeEnd(); // "қаңтардан бастап наурызға дейін"
    }
    boolean fromAfter = false;
    boolean toAfter = false;
    boolean notLater = false;
    while (p < s.size()) {
      Term t = s.get(p).term();
      if (t == Term.FROM_AFTER) {
        fromAfter = true;
        endWord = s.get(p);
      } else if (t == Term.TO_AFTER) {
        toAfter = true;
      } else if (t == Term.NOT_LATER_AFTER) {
        toAfter = true;
        notLater = true;
        endWord = s.get(p);
      } else if (t != Term.DURING_AFTER) {
        break;
      }
      p++;
    }
    // "15 наурызға дейін 2024 ж.": the year may follow the Kazakh postposition.
    int trailingYear = -1;
    if (p < s.size() && s.get(p).isYearNumber() && (fromAfter || toAfter)) {
      trailingYear = year(s.get(p++));
    }
    int start = s.get(0).start();
    int end = s.get(s.size() - 1).end();
    if (p < s.size()) {
      throw new Unreadable("unexpected " + describe(s.get(p)) + " in "
          + quote(text.substring(start, end)));
    }
    if (leadingYear >= 0 && trailingYear >= 0) {
      throw new Unreadable("two years, " + leadingYear + " and " + trailingYear + ", for "
          + quote(text.substring(start, end)));
    }
    int givenYear = leadingYear >= 0 ? leadingYear : trailingYear;
    // "2024, март-май": a year alone before a comma is the year of the dates after it.
    if (givenYear < 0 && afterComma && a.needsYear() && a.year < 0 && (b == null || b.year < 0)
        && !spans.isEmpty() && isBareYear(spans.get(spans.size() - 1))) {
      Span year = spans.remove(spans.size() - 1);
      givenYear = year.first().year;
      start = year.start();
    }
    if (givenYear >= 0) {
      boolean dates = false;
      for (Point x : b == null ? List.of(a) : List.of(a, b)) {
        if (x.needsYear() && x.year < 0) {
          x.year = givenYear;
          dates = true;
        }
      }
      if (!dates) { // "2023 март 2024": the 2023 would be dropped unread
        throw new Unreadable("the year " + givenYear + " in " + quote(text.substring(start, end))
            + " is not the year of any date in it");
      }
    }
    if (b != null && endWord != null) { // "до марта-мая": by which of them?
      throw new Unreadable(quote(endWord.raw()) + " does not go with the range "
          + quote(text.substring(start, end)));
    }
    Bound bound = Bound.CLOSED;
    if (b == null) {
      // "15 наурыздан кешіктірмей": the ablative is "than", not "from".
      boolean starts = from || fromAfter || (a.fromCase && !notLater);
      boolean ends = to || toAfter;
      if (starts && ends) {
        throw new Unreadable("cannot tell whether " + quote(text.substring(start, end))
            + " is a start or an end");
      }
      bound = starts ? Bound.STARTING : ends ? Bound.UNTIL : Bound.CLOSED;
    }
    spans.add(new Span(a, b, bound, start, end));
  }

  /** The second date of a range, which may put its year first: "... 2025 жылғы наурызға дейін". */
  private Point rangeEnd() throws Unreadable {
    Point b = item();
    if (b.kind == Kind.YEAR && b.stage == null && p < seg.size() && startsItem(seg.get(p))
        && !seg.get(p).isYearNumber()) {
      Point year = b;
      b = item();
      if (!b.needsYear() || b.year >= 0) {
        throw new Unreadable("the year " + year.year + " before " + quote(text(b))
            + " is not the year of any date");
      }
      b.year = year.year;
    }
    return b;
  }

  /** A span that is one year and nothing else: "2024", "2024 г.", not "с 2024 года". */
  private static boolean isBareYear(Span s) {
    return s.last() == null && s.bound() == Bound.CLOSED && s.first().kind == Kind.YEAR
        && !s.first().fromCase && s.first().stage == null;
  }

  /** Whether a date starts at {@code x}: an item, or a part word before one ("конец марта"). */
  private static boolean startsDate(Lexeme x) {
    return startsItem(x) || x.is(Term.PORTION);
  }

  private static boolean startsItem(Lexeme x) {
    switch (x.term()) {
      case DATE: case MONTH_DATE: case NUMBER: case ROMAN: case ORDINAL: case Q_PREFIX:
      case H_PREFIX: case MONTH: case YEAR_WORD:
        return true;
      default:
        return false;
    }
  }

  private static boolean isPeriodWord(Lexeme x) {
    return x != null && (x.is(Term.QUARTER) || x.is(Term.HALF) || x.is(Term.Q_PREFIX)
        || x.is(Term.H_PREFIX) || x.is(Term.DECADE));
  }

  private static boolean isSuffix(Lexeme x) {
    return x != null && (x.is(Term.SUFFIX) || (x.is(Term.ROMAN) && x.key().equals("і")));
  }

  /**
   * One date, with the part of it that the text names: "конец марта", "mid-2024", "наурыздың басы",
   * "наурыздың бірінші онкүндігі".
   */
  private Point item() throws Unreadable {
    Lexeme first = seg.get(p);
    if (first.is(Term.PORTION)) {
      p++;
      if (at(p) != null && at(p).is(Term.DASH) && at(p + 1) != null && startsItem(at(p + 1))) {
        p++; // "mid-March"
      }
      if (at(p) == null || !startsItem(at(p))) {
        throw new Unreadable("a date is missing after " + quote(first.raw()));
      }
      Point x = plainItem();
      stage(x, first.stage(), first);
      x.start = first.start();
      return x;
    }
    Point x = plainItem();
    Lexeme next = at(p);
    if (next != null && next.is(Term.PORTION)) {
      p++;
      stage(x, next.stage(), next);
      x.fromCase |= next.fromCase();
      x.end = next.end();
      if (x.needsYear() && x.year < 0) {
        optionalYear(x); // "наурыздың басы 2024"
      }
    } else if (x.kind == Kind.MONTH && x.month >= 0 && decadeAt(p) >= 0) {
      int word = decadeAt(p); // "наурыздың бірінші онкүндігі"
      stage(x, decade(at(p)), at(word));
      p = word + 1;
      x.end = at(word).end();
      x.fromCase |= at(word).fromCase();
      if (x.year < 0) {
        optionalYear(x);
      }
    }
    return x;
  }

  /** Where the ten-day word stands after the ordinal at {@code i} ("бірінші онкүндігі"), or -1. */
  private int decadeAt(int i) {
    Lexeme n = at(i);
    if (n == null || !(n.is(Term.ORDINAL) || n.is(Term.ROMAN) || n.isSmallNumber())) {
      return -1;
    }
    int k = i + 1;
    if (at(k) != null && at(k).is(Term.DASH) && isSuffix(at(k + 1))) {
      k += 2;
    } else if (isSuffix(at(k))) {
      k++;
    } else if (at(k) != null && at(k).is(Term.DASH)) {
      k++;
    }
    return at(k) != null && at(k).is(Term.DECADE) ? k : -1;
  }

  /** The ten-day part that ordinal {@code n} names: 1, 2 or 3. */
  private static Stage decade(Lexeme n) throws Unreadable {
    switch (n.value()) {
      case 1:
        return Stage.BEGINNING;
      case 2:
        return Stage.MIDDLE;
      case 3:
        return Stage.END;
      default:
        throw new Unreadable("there is no ten-day part " + n.value() + " of a month ("
            + quote(n.raw()) + ")");
    }
  }

  private void stage(Point x, Stage stage, Lexeme word) throws Unreadable {
    if (x.stage != null) {
      throw new Unreadable(quote(word.raw()) + " names a part of a part of a period");
    }
    x.stage = stage;
  }

  /** One date: a day, a month, a quarter, a half-year, a year, or "the year" of the plan. */
  private Point plainItem() throws Unreadable {
    Lexeme x = seg.get(p);
    switch (x.term()) {
      case DATE: {
        p++;
        Point d = new Point(Kind.DAY, x);
        d.year = x.date().getYear();
        d.month = x.date().getMonthValue();
        d.day = x.date().getDayOfMonth();
        return d;
      }
      case MONTH_DATE: {
        p++;
        Point m = new Point(Kind.MONTH, x);
        m.year = x.yearMonth().getYear();
        m.month = x.yearMonth().getMonthValue();
        return m;
      }
      case NUMBER:
        return numberItem(x);
      case ROMAN:
      case ORDINAL: {
        p++;
        Lexeme next = at(p);
        if (next != null && next.is(Term.DASH) && at(p + 1) != null
            && (at(p + 1).is(Term.SUFFIX) || isPeriodWord(at(p + 1)))) {
          p += at(p + 1).is(Term.SUFFIX) ? 2 : 1; // "I-м полугодии", "IV-тоқсан"
        }
        return part(x, x.value());
      }
      case Q_PREFIX:
      case H_PREFIX: {
        p++;
        Lexeme n = at(p);
        if (n == null || !n.isSmallNumber()) {
          throw new Unreadable("a number is missing after " + quote(x.raw()));
        }
        p++;
        Point q = new Point(x.is(Term.Q_PREFIX) ? Kind.QUARTER : Kind.HALF, x);
        q.part = n.value();
        q.end = n.end();
        optionalYear(q);
        return q;
      }
      case MONTH: {
        p++;
        Point m = new Point(Kind.MONTH, x);
        m.month = x.value();
        m.fromCase = x.fromCase();
        Lexeme n = at(p);
        // "March 15, 2024", but not "наурыздың 2-онкүндігі"
        if (n != null && n.isSmallNumber() && decadeAt(p) < 0) {
          m.kind = Kind.DAY;
          m.day = n.value();
          m.end = n.end();
          p++;
          if (isSuffix(at(p))) {
            m.end = at(p).end();
            p++;
          }
        }
        optionalYear(m);
        return m;
      }
      case YEAR_WORD:
        p++;
        return new Point(Kind.PLAN_YEARS, x);
      default:
        throw new Unreadable("unexpected " + quote(x.raw()));
    }
  }

  private Point numberItem(Lexeme x) throws Unreadable {
    if (x.isYearNumber()) {
      p++;
      Point y = new Point(Kind.YEAR, x);
      y.year = year(x);
      y.fromCase = x.fromCase();
      return y;
    }
    if (!x.isSmallNumber()) {
      throw new Unreadable("unexpected number " + quote(x.raw()));
    }
    int q = p + 1;
    Lexeme next = at(q);
    if (next != null && next.is(Term.DASH) && isSuffix(at(q + 1))) {
      q += 2; // "1-е", "15-го", "4-ші"
    } else if (isSuffix(next)) {
      q += 1; // "4th"
    } else if (next != null && next.is(Term.DASH) && isPeriodWord(at(q + 1))) {
      q += 1; // "4-тоқсан"
    }
    Lexeme after = at(q);
    if (isPeriodWord(after) || borrowedPeriod(q) != null) {
      p = q;
      return part(x, x.value());
    }
    if (after != null && after.is(Term.MONTH)) {
      p = q + 1;
      Point d = new Point(Kind.DAY, x);
      d.day = x.value();
      d.month = after.value();
      d.fromCase = after.fromCase();
      d.end = after.end();
      optionalYear(d);
      return d;
    }
    // A day whose month follows later: "с 1 по 20 апреля", "1-20 April".
    p = q;
    Point d = new Point(Kind.DAY, x);
    d.day = x.value();
    d.end = seg.get(q - 1).end();
    return d;
  }

  /** A quarter or half-year whose number {@code n} was just read from {@code first}. */
  private Point part(Lexeme first, int n) throws Unreadable {
    Lexeme w = at(p);
    boolean own = isPeriodWord(w);
    if (!own) {
      w = borrowedPeriod(p);
      if (w == null) {
        throw new Unreadable(quote(first.raw()) + " must be followed by a quarter or a half-year");
      }
    }
    if (w.is(Term.DECADE)) {
      return decadeOf(first, n, w, own);
    }
    Point q = new Point(w.is(Term.QUARTER) || w.is(Term.Q_PREFIX) ? Kind.QUARTER : Kind.HALF,
        first);
    q.part = n;
    if (own) {
      p++;
      q.end = w.end();
      optionalYear(q);
    }
    return q;
  }

  /**
   * "I декада марта", "first ten days of March": the month that follows the ten-day word, or with
   * the word borrowed from the other side of a range ("1-2 декады марта"), a month still to be
   * filled in from the next date.
   */
  private Point decadeOf(Lexeme first, int n, Lexeme word, boolean own) throws Unreadable {
    Stage stage = decade(first.as(first.term(), n, false));
    if (!own) {
      Point m = new Point(Kind.MONTH, first);
      m.stage = stage;
      return m;
    }
    p++;
    if (at(p) == null || !at(p).is(Term.MONTH)) {
      throw new Unreadable("a month is missing after " + quote(word.raw()));
    }
    Point m = plainItem();
    if (m.kind != Kind.MONTH) {
      throw new Unreadable("a ten-day part of a month cannot name a day: " + quote(text(m)));
    }
    m.stage = stage;
    m.start = first.start();
    return m;
  }

  /**
   * "III-IV квартал", "1-2 тоқсан": the period word of the range's second number, when {@code i} is
   * the dash after the first; null otherwise.
   */
  private Lexeme borrowedPeriod(int i) {
    Lexeme dash = at(i);
    Lexeme n = at(i + 1);
    if (dash == null || !dash.is(Term.DASH) || n == null
        || !(n.isSmallNumber() || n.is(Term.ROMAN) || n.is(Term.ORDINAL))) {
      return null;
    }
    int k = i + 2;
    if (at(k) != null && at(k).is(Term.DASH) && isSuffix(at(k + 1))) {
      k += 2;
    } else if (isSuffix(at(k))) {
      k++;
    } else if (at(k) != null && at(k).is(Term.DASH) && isPeriodWord(at(k + 1))) {
      k++;
    }
    return isPeriodWord(at(k)) ? at(k) : null;
  }

  private void optionalYear(Point x) throws Unreadable {
    Lexeme y = at(p);
    if (y != null && y.isYearNumber()) {
      x.year = year(y);
      x.end = y.end();
      x.fromCase |= y.fromCase();
      p++;
    }
  }

  // --- what the text left out -----------------------------------------------------------------

  private void fill(List<Span> spans) throws Unreadable {
    List<Point> points = new ArrayList<>(spans.size() * 2);
    for (Span s : spans) {
      points.add(s.first());
      if (s.last() != null) {
        points.add(s.last());
      }
    }
    int n = points.size();
    // A bare day, or a ten-day part before a range's month, takes the month of the next date.
    int nextMonth = -1;
    for (int i = n - 1; i >= 0; i--) {
      Point x = points.get(i);
      if ((x.kind == Kind.DAY || x.kind == Kind.MONTH) && x.month < 0) {
        if (nextMonth < 0) {
          throw new Unreadable("no month given for " + (x.kind == Kind.DAY ? "day " : "")
              + quote(text(x)));
        }
        x.month = nextMonth;
      }
      if (x.month >= 0) {
        nextMonth = x.month;
      }
    }
    // Within a range, a side without a year takes the other side's.
    for (Span s : spans) {
      Point a = s.first();
      Point b = s.last();
      if (b == null) {
        continue;
      }
      if (a.needsYear() && a.year < 0 && b.year >= 0) {
        a.year = b.year;
      } else if (b.needsYear() && b.year < 0 && a.year >= 0) {
        b.year = a.year;
        if (endsBefore(b, a)) {
          b.year++; // "с 25 декабря 2023 по 5 января"
        }
      }
    }
    // Otherwise the year written after the date, or failing that the one before it.
    int[] nextYear = new int[n];
    int year = -1;
    for (int i = n - 1; i >= 0; i--) {
      nextYear[i] = year;
      if (points.get(i).year >= 0) {
        year = points.get(i).year;
      }
    }
    year = -1;
    for (int i = 0; i < n; i++) {
      Point x = points.get(i);
      if (x.needsYear() && x.year < 0) {
        x.year = nextYear[i] >= 0 ? nextYear[i] : year;
        if (x.year < 0) {
          x.year = contextYear(x);
        }
      }
      if (x.year >= 0) {
        year = x.year;
      }
    }
  }

  /** The plan's year for a date that names none, when the plan has only one year to give. */
  private int contextYear(Point x) throws Unreadable {
    Optional<YearRange> years = context.years();
    if (years.isPresent() && years.get().first() == years.get().last()) {
      return years.get().first();
    }
    throw new Unreadable("no year given for " + quote(text(x))
        + years.map(y -> " and the plan period " + y + " has more than one year").orElse(""));
  }

  private static boolean endsBefore(Point b, Point a) {
    if ((b.kind != Kind.DAY && b.kind != Kind.MONTH) || (a.kind != Kind.DAY && a.kind != Kind.MONTH)) {
      return false;
    }
    return b.month < a.month
        || (b.month == a.month && b.kind == Kind.DAY && a.kind == Kind.DAY && b.day < a.day);
  }

  // --- windows ----------------------------------------------------------------------------------

  private List<Window> windows(List<Span> spans) throws Unreadable {
    List<Window> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      switch (s.bound()) {
        case UNTIL:
          out.add(Window.until(last(s.lastPoint())));
          break;
        case STARTING:
          out.add(Window.startingOn(first(s.first())));
          break;
        default:
          LocalDate from = first(s.first());
          LocalDate to = last(s.lastPoint());
          if (to.isBefore(from)) {
            throw new Unreadable("the range " + quote(text.substring(s.start(), s.end()))
                + " goes backwards");
          }
          out.add(Window.of(from, to));
      }
    }
    return out;
  }

  private LocalDate first(Point x) throws Unreadable {
    return x.stage == null ? wholeFirst(x) : staged(x).from().get();
  }

  private LocalDate last(Point x) throws Unreadable {
    return x.stage == null ? wholeLast(x) : staged(x).to().get();
  }

  /**
   * The part of a period its stage names. A month is cut into days 1-10, 11-20 and 21 to its end; a
   * quarter into its three months; a half-year into two months each; a year into its first quarter,
   * the two middle quarters and its last quarter.
   */
  private Window staged(Point x) throws Unreadable {
    if (x.kind == Kind.DAY) {
      throw new Unreadable("a day has no beginning, middle or end: " + quote(text(x)));
    }
    if (x.kind == Kind.PLAN_YEARS) {
      x.kind = Kind.YEAR; // "конец года": only a plan of one year says which year
      x.year = contextYear(x);
    }
    LocalDate from = wholeFirst(x);
    LocalDate to = wholeLast(x);
    YearMonth firstMonth = YearMonth.from(from);
    int third = x.stage == Stage.BEGINNING ? 0 : x.stage == Stage.MIDDLE ? 1 : 2;
    switch (x.kind) {
      case MONTH:
        return third == 2 ? Window.of(from.plusDays(20), to)
            : Window.of(from.plusDays(10L * third), from.plusDays(10L * third + 9));
      case QUARTER:
        return Window.month(firstMonth.plusMonths(third));
      case HALF:
        return Window.months(firstMonth.plusMonths(2L * third),
            firstMonth.plusMonths(2L * third + 1));
      default:
        return third == 0 ? Window.months(firstMonth, firstMonth.plusMonths(2))
            : third == 1 ? Window.months(firstMonth.plusMonths(3), firstMonth.plusMonths(8))
            : Window.months(firstMonth.plusMonths(9), firstMonth.plusMonths(11));
    }
  }

  private LocalDate wholeFirst(Point x) throws Unreadable {
    switch (x.kind) {
      case DAY:
        return day(x);
      case MONTH:
        return month(x, x.month).atDay(1);
      case QUARTER:
        return month(x, 3 * checkPart(x, 4, "quarter") - 2).atDay(1);
      case HALF:
        return month(x, 6 * checkPart(x, 2, "half-year") - 5).atDay(1);
      case YEAR:
        return LocalDate.of(x.year, 1, 1);
      default:
        return planYears().from();
    }
  }

  private LocalDate wholeLast(Point x) throws Unreadable {
    switch (x.kind) {
      case DAY:
        return day(x);
      case MONTH:
        return month(x, x.month).atEndOfMonth();
      case QUARTER:
        return month(x, 3 * checkPart(x, 4, "quarter")).atEndOfMonth();
      case HALF:
        return month(x, 6 * checkPart(x, 2, "half-year")).atEndOfMonth();
      case YEAR:
        return LocalDate.of(x.year, 12, 31);
      default:
        return planYears().to();
    }
  }

  private int checkPart(Point x, int max, String name) throws Unreadable {
    if (x.part < 1 || x.part > max) {
      throw new Unreadable("there is no " + name + " " + x.part + " in " + quote(text(x)));
    }
    return x.part;
  }

  private YearMonth month(Point x, int m) throws Unreadable {
    if (m < 1 || m > 12) {
      throw new Unreadable("there is no month " + m + " in " + quote(text(x)));
    }
    return YearMonth.of(x.year, m);
  }

  private LocalDate day(Point x) throws Unreadable {
    YearMonth ym = month(x, x.month);
    if (x.day < 1 || x.day > ym.lengthOfMonth()) {
      throw new Unreadable("there is no day " + x.day + " in " + englishMonth(x.month)
          + " " + x.year + " (" + quote(text(x)) + ")");
    }
    return ym.atDay(x.day);
  }

  private static String englishMonth(int m) {
    return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private YearRange planYears() throws Unreadable {
    if (context.years().isEmpty()) {
      throw new Unreadable("no year given and no plan period to take it from");
    }
    return context.years().get();
  }

  /** One window per month, quarter or year of each period, cut to the period. */
  private List<Window> repeat(List<Window> periods) throws Unreadable {
    List<Window> spans = periods;
    if (spans.isEmpty()) {
      YearRange years = planYears();
      spans = List.of(Window.of(years.from(), years.to()));
    }
    List<Window> out = new ArrayList<>();
    for (Window w : spans) {
      if (!w.isClosed()) {
        throw new Unreadable("a recurring deadline needs a closed period, not " + w);
      }
      LocalDate cursor = w.from().get();
      LocalDate to = w.to().get();
      while (!cursor.isAfter(to)) {
        LocalDate periodEnd = endOfPeriod(cursor);
        LocalDate end = periodEnd.isAfter(to) ? to : periodEnd;
        out.add(Window.of(cursor, end));
        cursor = end.plusDays(1);
      }
    }
    return out;
  }

  private LocalDate endOfPeriod(LocalDate d) {
    switch (recurrence) {
      case MONTHLY:
        return YearMonth.from(d).atEndOfMonth();
      case QUARTERLY:
        return YearMonth.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 3).atEndOfMonth();
      default:
        return LocalDate.of(d.getYear(), 12, 31);
    }
  }

  private String text(Point x) {
    return text.substring(x.start, x.end);
  }

  private static String describe(Lexeme x) {
    return (x.is(Term.NUMBER) ? "number " : "") + quote(x.raw());
  }

  /** Quotes a piece of the text for a reason, cut short so a hostile text does not flood a report. */
  private static String quote(String s) {
    String shown = s.length() <= 60 ? s : s.substring(0, 57) + "...";
    return "\"" + shown + "\"";
  }
}
