package kz.stat.mics.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The plan document formats: the Word table's text export, Word itself, JSON and CSV. */
public enum DocumentFormat {
  /** The text Word exports from the plan table (.txt, .tsv). */
  TABLE,
  /** A Word document holding the plan table (.docx). */
  DOCX,
  /** mics-plan JSON, version 1 (.json). */
  JSON,
  /** mics-plan CSV, one row per activity (.csv). */
  CSV;

  /**
   * The format of a document, from its file name's extension, else from its first bytes: a zip
   * header is a Word document, '{' JSON, "#format" CSV, TAB-led lines the table export.
   */
  public static Optional<DocumentFormat> guess(String fileName, byte[] head) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".tsv")) {
      return Optional.of(TABLE);
    }
    if (name.endsWith(".docx")) {
      return Optional.of(DOCX);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (head == null || head.length == 0) {
      return Optional.empty();
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(DOCX);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{")) {
      return Optional.of(JSON);
    }
    if (text.startsWith("#format")) {
      return Optional.of(CSV);
    }
    for (String line : text.split("\r\n|\r|\n")) {
      if (line.startsWith("\t")) {
        return Optional.of(TABLE);
      }
    }
    return Optional.empty();
  }
}
