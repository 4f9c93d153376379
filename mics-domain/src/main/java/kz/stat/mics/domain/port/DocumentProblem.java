package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong in a plan document: the document's name, the line (1-based, 0 when unknown), the
 * column (1-based, 0 when unknown) and what is wrong, in words a statistician understands.
 */
public record DocumentProblem(String source, int line, int column, String message) {
  public DocumentProblem {
    checkNotNull(source, "source");
    checkNotNull(message, "message");
  }

  public static DocumentProblem at(String source, int line, String message) {
    return new DocumentProblem(source, line, 0, message);
  }

  public static DocumentProblem of(String source, String message) {
    return new DocumentProblem(source, 0, 0, message);
  }

  /** {@code plan.csv:17:4: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(message).toString();
  }
}
