package kz.stat.mics.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How to write a plan document where the format leaves a choice: the CSV separator (',' or ';') and
 * whether CSV starts with the UTF-8 byte order mark that spreadsheets look for.
 */
public record WriteOptions(char csvSeparator, boolean csvByteOrderMark) {
  public WriteOptions {
    checkArgument(csvSeparator == ',' || csvSeparator == ';',
        "the CSV separator is ',' or ';': %s", csvSeparator);
  }

  /** Comma-separated CSV with a byte order mark. */
  public static WriteOptions defaults() {
    return new WriteOptions(',', true);
  }

  public WriteOptions withCsvSeparator(char value) {
    return new WriteOptions(value, csvByteOrderMark);
  }

  public WriteOptions withCsvByteOrderMark(boolean value) {
    return new WriteOptions(csvSeparator, value);
  }
}
