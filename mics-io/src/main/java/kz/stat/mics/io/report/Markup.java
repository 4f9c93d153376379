package kz.stat.mics.io.report;

/** Escaping of text for HTML and SVG, in element content and in quoted attribute values alike. */
final class Markup {
  private Markup() {}

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters other than tab and line breaks are not allowed in HTML text.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** At most {@code max} characters, cut at a code point and ended with an ellipsis when cut. */
  static String truncate(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int end = t.offsetByCodePoints(0, max - 1);
    return t.substring(0, end).stripTrailing() + "…";
  }
}
