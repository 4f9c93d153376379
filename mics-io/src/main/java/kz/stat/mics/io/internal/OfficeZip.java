package kz.stat.mics.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.stat.mics.domain.port.PlanDocumentException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Office documents are zip files: which kind one is (a Word document holds word/document.xml, an
 * Excel workbook xl/workbook.xml), told from the archive's directory without unpacking anything,
 * and the guard that refuses an archive whose parts expand beyond a limit (a zip bomb) before POI
 * builds it in memory.
 */
public final class OfficeZip {
  /** Office XML may expand to at most this much: a plan's table is far smaller. */
  public static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

  /** What kind of office document a zip file is. */
  public enum Kind {
    /** A Word document: it holds word/document.xml. */
    WORD,
    /** An Excel workbook: it holds xl/workbook.xml. */
    EXCEL
  }

  private OfficeZip() {}

  /** Whether {@code bytes} start like a zip file. */
  public static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
  }

  /**
   * The kind of office document {@code bytes} hold, from the names in the zip's central
   * directory; empty when it is not a zip, is damaged, or holds neither part.
   */
  public static Optional<Kind> kind(byte[] bytes) {
    if (!isZip(bytes)) {
      return Optional.empty();
    }
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      boolean word = false;
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        String name = e.getName();
        if (name.equals("xl/workbook.xml")) {
          return Optional.of(Kind.EXCEL);
        }
        word |= name.equals("word/document.xml");
      }
      return word ? Optional.of(Kind.WORD) : Optional.empty();
    } catch (IOException | RuntimeException damaged) {
      return Optional.empty();
    }
  }

  /**
   * Refuses a document whose compressed parts expand beyond {@link #MAX_EXPANDED_BYTES}, counting
   * what is really unpacked (the sizes an archive declares may lie); a damaged archive is left for
   * POI to report.
   *
   * @throws PlanDocumentException naming the part at which the limit was passed
   */
  public static void refuseBomb(Problems problems, byte[] bytes) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_EXPANDED_BYTES) {
            throw problems.fail(0, 0, "expands to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                + " MB when unpacked (at " + e.getName() + "); a plan's table is far smaller, so "
                + "this is not read");
          }
        }
      }
    } catch (IOException | RuntimeException damaged) {
      if (damaged instanceof PlanDocumentException refused) {
        throw refused;
      }
      // POI says what is wrong with a damaged archive
    }
  }

  /**
   * A Java class name and its colon, as a library puts a wrapped exception before its words: a
   * whole word of at least two packages, so that a file name such as {@code plan.Xlsx:} stays.
   */
  private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
      "(?<![\\w$./\\\\-])(?:[a-z_][\\w$]*\\.){2,}[A-Z][\\w$]*:(?:\\s+|$)");

  /**
   * Why an office library could not open a file, in one line for a problem's message: the first
   * line of its words, without the names of the Java classes it wrapped.
   */
  public static String reason(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int cut = m.indexOf('\n');
    String line = CLASS_NAME.matcher(cut < 0 ? m : m.substring(0, cut)).replaceAll("").strip();
    return line.isEmpty() ? e.getClass().getSimpleName() : line;
  }
}
