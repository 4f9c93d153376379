package kz.stat.mics.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One cell of a plan table as a document holds it: its raw text and where it starts (line and column
 * in a text file; row and column of the table in a Word document).
 */
public record TableCell(String text, int line, int column) {
  public TableCell {
    checkNotNull(text, "text");
  }
}
