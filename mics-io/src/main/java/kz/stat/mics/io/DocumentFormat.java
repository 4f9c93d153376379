package kz.stat.mics.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import kz.stat.mics.io.internal.OfficeZip;

/**
 * The plan document formats: the Word table's text export, Word itself, JSON, CSV and the Excel
 * workbook; and for calendars and project tools, iCalendar (written only) and project schedules.
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
  XLSX,
  // calendars and project tools
  /** An iCalendar file (.ics): written for calendar clients, never read back as a plan. */
  ICS,
  /**
   * A project schedule: written as MS Project XML (MSPDI); read from any format MPXJ reads (.mpp,
   * .xml, .mpx, .xer, .pmxml, .gan, .planner, .pod and others).
   */
  MSPDI;

  /** The extensions of the schedules that MPXJ reads. */
  private static final java.util.Set<String> SCHEDULE_EXTENSIONS = java.util.Set.of(
      "mpp", "mpt", "mpx", "xml", "mspdi", "xer", "pmxml", "gan", "planner", "mrproject", "pod",
      "pp", "ppx", "fts", "pep", "cdpx", "cdpz", "cdptz", "sp", "gnt", "sdef", "pc", "bk3", "edpx",
      "prx", "stx", "p3");

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
    Optional<DocumentFormat> scheduling = schedulingByName(name);
    if (scheduling.isPresent()) {
      return scheduling;
    }
    if (head == null || head.length == 0) {
      return Optional.empty();
    }
    scheduling = schedulingByContent(head);
    if (scheduling.isPresent()) {
      return scheduling;
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

  private static Optional<DocumentFormat> schedulingByName(String name) {
    if (name.endsWith(".ics") || name.endsWith(".ical")) {
      return Optional.of(ICS);
    }
    int dot = name.lastIndexOf('.');
    return dot >= 0 && SCHEDULE_EXTENSIONS.contains(name.substring(dot + 1))
        ? Optional.of(MSPDI) : Optional.empty();
  }

  /**
   * A calendar by its first line; a schedule by its signature: an OLE2 compound file (MS Project
   * MPP), "MPX," (MPX), "ERMHDR" (Primavera XER), or XML whose first kilobytes name MS Project,
   * Primavera, GanttProject or Planner.
   */
  private static Optional<DocumentFormat> schedulingByContent(byte[] head) {
    String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
    if (text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF")) {
      text = text.substring(text.charAt(0) == '\uFEFF' ? 1 : 3);
    }
    if (text.startsWith("BEGIN:VCALENDAR")) {
      return Optional.of(ICS);
    }
    if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
      return Optional.of(MSPDI);
    }
    if (text.startsWith("MPX,") || text.startsWith("ERMHDR")) {
      return Optional.of(MSPDI);
    }
    String start = text.stripLeading();
    if (start.startsWith("<")) {
      String probe = start.substring(0, Math.min(start.length(), 2048));
      if (probe.contains("schemas.microsoft.com/project") || probe.contains("<APIBusinessObjects")
          || probe.contains("ganttproject") || probe.contains("<project")
          && (probe.contains("mrproject") || probe.contains("phases"))) {
        return Optional.of(MSPDI);
      }
    }
    return Optional.empty();
  }
}
