package kz.stat.mics.io;

import static com.google.common.base.Preconditions.checkArgument;

import kz.stat.mics.domain.port.UnstorableTextException;

/**
 * How large a document, and how long one cell of it, a reader accepts, so that a huge or hostile
 * file cannot exhaust memory and every plan read can be stored, exported and read back.
 *
 * @param maxBytes the size of a whole document
 * @param maxCellChars the characters of one cell (a table cell, a JSON string, a CSV cell)
 */
public record DocumentLimits(long maxBytes, int maxCellChars) {
  /** 64 MB: far above any real plan, far below what would hurt the machine. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  /** 100,000 characters: the store's own limit on one text, so what is read can be stored. */
  public static final int DEFAULT_MAX_CELL_CHARS = UnstorableTextException.MAX_TEXT_CHARS;

  public DocumentLimits {
    checkArgument(maxBytes > 0, "the size limit must be positive: %s", maxBytes);
    checkArgument(maxCellChars > 0, "the cell limit must be positive: %s", maxCellChars);
  }

  /** A size limit with the default cell limit. */
  public DocumentLimits(long maxBytes) {
    this(maxBytes, DEFAULT_MAX_CELL_CHARS);
  }

  public static DocumentLimits defaults() {
    return new DocumentLimits(DEFAULT_MAX_BYTES);
  }

  public static DocumentLimits ofBytes(long maxBytes) {
    return new DocumentLimits(maxBytes);
  }

  /** The limit in words: "64 MB", "1 KB", "500 bytes". */
  public String describe() {
    if (maxBytes % (1024 * 1024) == 0) {
      return maxBytes / (1024 * 1024) + " MB";
    }
    if (maxBytes % 1024 == 0) {
      return maxBytes / 1024 + " KB";
    }
    return maxBytes + " bytes";
  }

  /**
   * The problem with a cell of {@code text}, or null when it is within the limit: "cell of N
   * characters, over the limit of M", characters counted as Unicode code points.
   */
  public String cellProblem(String text) {
    if (text.length() <= maxCellChars) {
      return null;
    }
    int length = text.codePointCount(0, text.length());
    return length <= maxCellChars ? null
        : "cell of " + length + " characters, over the limit of " + maxCellChars;
  }
}
