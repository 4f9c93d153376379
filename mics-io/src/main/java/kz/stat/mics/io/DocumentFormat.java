package kz.stat.mics.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import kz.stat.mics.io.internal.OfficeZip;

/**
 * The plan document formats: the Word table's text export, Word itself, JSON, CSV and the Excel
 * workbook.
 */
public enum DocumentFormat {
  /** The text Word exports from the plan table (.txt, .tsv). */
  TABLE,
  /** A Word document holding the plan table (.docx). */
  DOCX,
  /** mics-plan JSON, version 1 (.json). */
  JSON,
  /** mics-plan CSV, one row per activity (.csv). */
  CSV,
  /** An Excel workbook whose Plan sheet holds the plan table (.xlsx). */
  XLSX;

  /**
   * The format of a document, from its file name's extension, else from its bytes: a zip holding
   * xl/workbook.xml is an Excel workbook, any other zip a Word document, '{' JSON, "#format" CSV,
   * TAB-led lines the table export. Only the first 4 KB are read as text; a zip is told apart by
   * its directory, so pass the whole document to tell a workbook from a Word document.
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
    if (name.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    if (head == null || head.length == 0) {
      return Optional.empty();
    }
    if (OfficeZip.isZip(head)) {
      return Optional.of(OfficeZip.kind(head).filter(k -> k == OfficeZip.Kind.EXCEL)
          .map(k -> XLSX).orElse(DOCX));
    }
    String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8);
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
