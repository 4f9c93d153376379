package kz.stat.mics.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.HistoryReader;
import kz.stat.mics.domain.port.HistoryWriter;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.PlanStream;
import kz.stat.mics.domain.port.StreamedDocuments;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.io.csv.CsvPlanReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.internal.OfficeZip;
import kz.stat.mics.io.csv.CsvPlanWriter;
import kz.stat.mics.io.docx.DocxPlanReader;
import kz.stat.mics.io.docx.DocxPlanWriter;
import kz.stat.mics.io.json.JsonHistoryReader;
import kz.stat.mics.io.json.JsonHistoryWriter;
import kz.stat.mics.io.json.JsonPlanReader;
import kz.stat.mics.io.json.JsonPlanWriter;
import kz.stat.mics.io.table.TablePlanReader;
import kz.stat.mics.io.table.TablePlanWriter;
import kz.stat.mics.io.xlsx.XlsxPlanReader;
import kz.stat.mics.io.xlsx.XlsxPlanWriter;
import kz.stat.mics.io.ics.CalendarRefusal;
import kz.stat.mics.io.ics.IcsPlanWriter;
import kz.stat.mics.io.schedule.MspdiPlanWriter;
import kz.stat.mics.io.schedule.SchedulePlanReader;

/**
 * The plan document formats in one place: a reader and a writer for each, the history format, and
 * reading a file whose format is guessed from its name and first bytes, within a size limit.
 */
public final class Documents implements PlanDocuments, StreamedDocuments {
  private static final int HEAD = 4096;
  private static final java.util.regex.Pattern HISTORY_FORMAT =
      java.util.regex.Pattern.compile("\"format\"\\s*:\\s*\"mics-history\"");

  private final DocumentLimits limits;

  /** Documents read within the default limits (64 MB). */
  public Documents() {
    this(DocumentLimits.defaults());
  }

  public Documents(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  public DocumentLimits limits() {
    return limits;
  }

  /** The reader of one format, within this instance's limits. */
  public PlanReader reader(DocumentFormat format) {
    return switch (format) {
      case TABLE -> new TablePlanReader(limits);
      case DOCX -> new DocxPlanReader(limits);
      case JSON -> new JsonPlanReader(limits);
      case CSV -> new CsvPlanReader(limits);
      case XLSX -> new XlsxPlanReader(limits);
      case ICS -> new CalendarRefusal();
      case MSPDI -> new SchedulePlanReader(limits);
    };
  }

  /** The writer of one format. */
  public PlanWriter writer(DocumentFormat format, WriteOptions options) {
    checkNotNull(options, "options");
    return switch (format) {
      case TABLE -> new TablePlanWriter();
      case DOCX -> new DocxPlanWriter();
      case JSON -> new JsonPlanWriter();
      case CSV -> new CsvPlanWriter(options.csvSeparator(), options.csvByteOrderMark());
      case XLSX -> new XlsxPlanWriter();
      case ICS -> new IcsPlanWriter();
      case MSPDI -> new MspdiPlanWriter();
    };
  }

  /** The calendar of one executor's activities, or of all of them when none is given. */
  public PlanWriter calendarWriter(java.util.Optional<String> executor) {
    return new IcsPlanWriter(executor);
  }

  public HistoryReader historyReader() {
    return new JsonHistoryReader(limits);
  }

  public HistoryWriter historyWriter() {
    return new JsonHistoryWriter();
  }

  @Override
  public PlanDocument read(DocumentSource source) {
    checkNotNull(source, "source");
    String name = source.name();
    byte[] bytes;
    try (InputStream in = source.open()) {
      bytes = DocumentBytes.readAll(name, in, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    DocumentFormat format = DocumentFormat.guess(name.substring(slash + 1), guessable(bytes, head))
        .orElseThrow(() -> unknownFormat(name, head));
    if (format == DocumentFormat.JSON && HISTORY_FORMAT.matcher(
        new String(head, java.nio.charset.StandardCharsets.UTF_8)).find()) {
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        return new PlanDocument.History(historyReader().read(name, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return plan(format, name, bytes);
  }

  /**
   * A JSON plan or a CSV plan as a stream of parts, read from {@code source} each time it is
   * read, without the size limit (each cell keeps its limit); empty for a history and every other
   * format, and for a file whose first bytes say it is not text.
   */
  @Override
  public Optional<PlanStream> stream(DocumentSource source) {
    checkNotNull(source, "source");
    String name = source.name();
    byte[] head;
    try (InputStream in = source.open()) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (head.length == 0 || DocumentBytes.binaryKindOfHead(head).isPresent()) {
      return Optional.empty();
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    Optional<DocumentFormat> format = DocumentFormat.guess(name.substring(slash + 1), head);
    if (format.isEmpty()) {
      return Optional.empty();
    }
    return switch (format.get()) {
      case JSON -> HISTORY_FORMAT.matcher(new String(head,
          java.nio.charset.StandardCharsets.UTF_8)).find() ? Optional.empty()
          : Optional.of(parts -> read(source, in -> new JsonPlanReader(limits).stream(name, in,
              parts)));
      case CSV -> Optional.of(parts -> read(source, in -> new CsvPlanReader(limits).stream(name,
          in, parts)));
      default -> Optional.empty();
    };
  }

  /** Reads a document's bytes. */
  private interface Bytes {
    void read(InputStream in);
  }

  private static void read(DocumentSource source, Bytes reading) {
    try (InputStream in = source.open()) {
      reading.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a plan document of a known format, with what its reader skipped. */
  private PlanDocument.Plan plan(DocumentFormat format, String source, byte[] bytes) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return reader(format).readDocument(source, in);
    } catch (IOException e) {
      throw new PlanDocumentException(DocumentProblem.of(source, "cannot be read: "
          + e.getMessage()));
    }
  }

  /** What a format is guessed from: a zip whole (its directory is at its end), else its head. */
  private static byte[] guessable(byte[] bytes, byte[] head) {
    return OfficeZip.isZip(bytes) ? bytes : head;
  }

  private static PlanDocumentException unknownFormat(String source, byte[] head) {
    return new PlanDocumentException(DocumentProblem.of(source, DocumentBytes.binaryKind(head)
        .map(kind -> "is " + kind + ", not a plan document"
            + (kind.equals(DocumentBytes.PDF) ? DocumentBytes.advice(kind) : ""))
        .orElse("is of no known plan format: name it .txt (the Word table's text export), "
            + ".docx, .json, .csv, .xlsx, or a project schedule's own extension (.mpp, .xml, .xer ...)")));
  }

  /**
   * Reads a plan file, its format guessed from its name and first bytes.
   *
   * @throws PlanDocumentException when the file is missing, empty, over the limit, of no known
   *     format, or has problems
   */
  public ActionPlan read(Path file) {
    String source = file.toString();
    byte[] bytes = bytes(source, file);
    byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
    DocumentFormat format = DocumentFormat.guess(file.getFileName() == null ? ""
        : file.getFileName().toString(), guessable(bytes, head))
        .orElseThrow(() -> unknownFormat(source, head));
    return read(format, source, bytes);
  }

  /**
   * Whether a file is an exported plan history (mics-history JSON) rather than a plan document:
   * a JSON file whose "format" field, near its start, says so.
   */
  public boolean isHistory(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return false;
    }
    return DocumentFormat.guess(name, head).filter(f -> f == DocumentFormat.JSON).isPresent()
        && HISTORY_FORMAT.matcher(new String(head, java.nio.charset.StandardCharsets.UTF_8)).find();
  }

  /** Reads an exported plan history (mics-history JSON). */
  public PlanHistory readHistory(Path file) {
    String source = file.toString();
    byte[] bytes = bytes(source, file);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return historyReader().read(source, in);
    } catch (IOException e) {
      throw new PlanDocumentException(DocumentProblem.of(source, "cannot be read: "
          + e.getMessage()));
    }
  }

  /** Reads a plan file of a known format. */
  public ActionPlan read(DocumentFormat format, Path file) {
    String source = file.toString();
    return read(format, source, bytes(source, file));
  }

  private ActionPlan read(DocumentFormat format, String source, byte[] bytes) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return reader(format).read(source, in);
    } catch (IOException e) {
      throw new PlanDocumentException(DocumentProblem.of(source, "cannot be read: "
          + e.getMessage()));
    }
  }

  private byte[] bytes(String source, Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new PlanDocumentException(DocumentProblem.of(source, "is a directory, not a file"));
      }
      // refuse a large file before reading any of it
      if (Files.size(file) > limits.maxBytes()) {
        throw DocumentBytes.tooLarge(source, limits);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return DocumentBytes.readAll(source, in, limits);
      }
    } catch (NoSuchFileException e) {
      throw new PlanDocumentException(DocumentProblem.of(source, "no such file"));
    } catch (IOException e) {
      throw new PlanDocumentException(DocumentProblem.of(source, "cannot be read: "
          + e.getMessage()));
    }
  }
}
