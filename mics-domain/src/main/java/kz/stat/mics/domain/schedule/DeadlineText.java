package kz.stat.mics.domain.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a deadline text into words, numbers and signs in one pass, without regular expressions, so
 * that any input, however long or hostile, is read in linear time.
 */
final class DeadlineText {
  private DeadlineText() {}

  static List<Lexeme> split(String s) {
    List<Lexeme> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp >= '0' && cp <= '9') {
        int j = i + 1;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        String digits = s.substring(i, j);
        // Longer numbers are never dates; they keep value -1 and are refused where they stand.
        int value = digits.length() <= 6 ? Integer.parseInt(digits) : -1;
        out.add(Lexeme.of(Term.NUMBER, value, digits, digits, i, j, space));
        space = false;
        i = j;
      } else if (isWordPart(cp)) {
        int j = next;
        while (j < n) {
          int c = s.codePointAt(j);
          if (!isWordPart(c)) {
            break;
          }
          j += Character.charCount(c);
        }
        String raw = s.substring(i, j);
        out.add(Lexeme.of(Term.WORD, 0, raw, fold(raw), i, j, space));
        space = false;
        i = j;
      } else if (isIgnorable(cp)) {
        space = true;
        i = next;
      } else {
        Term term = sign(cp);
        String raw = s.substring(i, next);
        out.add(Lexeme.of(term, 0, raw, raw, i, next, space));
        space = false;
        i = next;
      }
    }
    return out;
  }

  private static Term sign(int cp) {
    switch (cp) {
      case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
      case '\u2015': case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
        return Term.DASH;
      case ',': case ';': case '&': case '\uFF0C':
        return Term.SEPARATOR;
      case '.':
        return Term.DOT;
      case '/':
        return Term.SLASH;
      default:
        return Term.OTHER;
    }
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Spaces, brackets, quotes and colons carry no meaning in a deadline; parentheses are transparent. */
  private static boolean isIgnorable(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return true;
    }
    switch (cp) {
      case '(': case ')': case '[': case ']': case '{': case '}': case '"': case '\'': case ':':
      case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u2018':
      case '\u2019':
        return true;
      default:
        return false;
    }
  }

  /**
   * The form a word is looked up in: lower case, "ё" as "е", and in a word with Cyrillic letters the
   * Latin look-alikes typed by mistake ("Сәуiр" with a Latin i) as their Cyrillic letters.
   */
  static String fold(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    boolean cyrillic = false;
    boolean latin = false;
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (c >= '\u0400' && c <= '\u04FF') {
        cyrillic = true;
      } else if ((c >= 'a' && c <= 'z') || c == '\u0259') {
        latin = true;
      }
    }
    if (!cyrillic) {
      return lower;
    }
    StringBuilder b = new StringBuilder(lower.length());
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      b.append(latin ? cyrillicLookAlike(c) : c == 'ё' ? 'е' : c);
    }
    return b.toString();
  }

  private static char cyrillicLookAlike(char c) {
    switch (c) {
      case 'a': return 'а';
      case 'c': return 'с';
      case 'e': return 'е';
      case 'i': return 'і';
      case 'k': return 'к';
      case 'm': return 'м';
      case 'o': return 'о';
      case 'p': return 'р';
      case 'x': return 'х';
      case 'y': return 'у';
      case '\u0259': return 'ә';
      case 'ё': return 'е';
      default: return c;
    }
  }
}
