package kz.stat.mics.io;

import static com.google.common.base.Preconditions.checkArgument;

/** How large a document a reader accepts, so that a huge or hostile file cannot exhaust memory. */
public record DocumentLimits(long maxBytes) {
  /** 64 MB: far above any real plan, far below what would hurt the machine. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  public DocumentLimits {
    checkArgument(maxBytes > 0, "the size limit must be positive: %s", maxBytes);
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
}
