package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;

/** The name a plan is stored under, such as {@code mics-2023-2025}: letters, digits, '.', '_', '-'. */
public record PlanKey(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public PlanKey {
    checkNotNull(value, "value");
    checkArgument(FORM.matcher(value).matches(),
        "a plan key is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit: %s",
        value);
  }

  public static PlanKey of(String value) {
    return new PlanKey(value);
  }

  public static boolean isValid(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  /** The extensions of plan documents: a name that ends in one is a document, never a key. */
  public static final java.util.List<String> DOCUMENT_EXTENSIONS =
      java.util.List.of(".txt", ".docx", ".json", ".csv", ".xlsx", ".mpp", ".mpx", ".xml",
          ".xer", ".pmxml", ".gan", ".planner", ".pod");

  /**
   * Whether {@code name} names a document rather than a plan: it has a path separator or ends in a
   * document's extension. No key made by {@link #fromFileName} looks like one, and new keys that do
   * are refused, so a key and a path are never confused.
   */
  public static boolean looksLikeDocument(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.contains("/") || name.contains("\\")
        || DOCUMENT_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /** A key made from a file name: its extension dropped, other characters replaced by '-'. */
  public static PlanKey fromFileName(String fileName) {
    String base = fileName;
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    base = base.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    // "plan.json.txt" gives "plan", not a key that looks like a document
    while (looksLikeDocument(base) && base.lastIndexOf('.') > 0) {
      base = base.substring(0, base.lastIndexOf('.'));
    }
    String key = latin(base.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[^a-z0-9]+", "");
    if (key.length() > 64) {
      key = key.substring(0, 64);
    }
    while (looksLikeDocument(key)) {
      key = key.substring(0, key.lastIndexOf('.'));
    }
    return new PlanKey(key.isEmpty() ? "plan" : key);
  }

  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y",
      "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
      "y", "", "e", "yu", "ya", "a", "gh", "q", "ng", "o", "u", "u", "h", "i"};

  /** Kazakh and Russian letters written in Latin ones, so that a Cyrillic file name keeps a key. */
  private static String latin(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = CYRILLIC.indexOf(c);
      b.append(at >= 0 ? LATIN[at] : String.valueOf(c));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
