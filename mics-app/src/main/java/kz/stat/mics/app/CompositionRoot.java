package kz.stat.mics.app;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import kz.stat.mics.domain.application.BuildReport;
import kz.stat.mics.domain.application.CheckDocument;
import kz.stat.mics.domain.application.ExportPlan;
import kz.stat.mics.domain.application.ImportDocument;
import kz.stat.mics.domain.application.ManageAccounts;
import kz.stat.mics.domain.application.SignIn;
import kz.stat.mics.domain.application.PlanCatalog;
import kz.stat.mics.domain.application.PlanViews;
import kz.stat.mics.domain.application.ReadDeadline;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.port.HistoryWriter;
import kz.stat.mics.domain.port.PasswordHashes;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.io.DocumentFormat;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.Documents;
import kz.stat.mics.io.WriteOptions;
import kz.stat.mics.io.json.JsonPlanWriter;
import kz.stat.mics.io.report.HtmlReport;
import kz.stat.mics.persistence.BcryptPasswords;
import kz.stat.mics.persistence.DatabaseUrlException;
import kz.stat.mics.persistence.MigrationInfo;
import kz.stat.mics.persistence.PlanDatabase;
import kz.stat.mics.persistence.SchemaInfo;

/**
 * The one place where concrete adapters are chosen and wired into the use cases: the document
 * formats and the HTML report of mics-io, and the PostgreSQL store of mics-persistence, opened on
 * first use and closed with this root. Driving adapters (the command line) ask it for use cases and
 * never name an adapter themselves.
 */
public final class CompositionRoot implements AutoCloseable {
  /** How long a command waits for the embedded store while those before it make no progress. */
  public static final Duration DEFAULT_LOCK_WAIT = EmbeddedStore.DEFAULT_LOCK_WAIT;

  private final Optional<String> serverUrl;
  private final Path dataDir;
  private final Duration lockWait;
  private final TimeSource time;
  private final boolean shared;
  private Documents documents = new Documents();
  private PlanDatabase database;
  private PasswordHashes passwords;

  private CompositionRoot(Optional<String> serverUrl, Path dataDir, Duration lockWait,
      TimeSource time, boolean shared) {
    this.shared = shared;
    this.serverUrl = checkNotNull(serverUrl, "serverUrl").filter(u -> !u.isBlank());
    this.dataDir = checkNotNull(dataDir, "dataDir");
    this.lockWait = checkNotNull(lockWait, "lockWait");
    checkArgument(!lockWait.isNegative(), "a negative wait: %s", lockWait);
    this.time = checkNotNull(time, "time");
  }

  /**
   * Wiring over the PostgreSQL server at {@code serverUrl}, or without one over the embedded store
   * in {@code dataDir}, waiting up to {@code lockWait} for the commands before it; nothing is
   * opened until a use case needs the store.
   *
   * @throws IllegalArgumentException when the server URL is not one mics can use, saying why
   */
  public static CompositionRoot of(Optional<String> serverUrl, Path dataDir, Duration lockWait) {
    serverUrl.filter(u -> !u.isBlank()).ifPresent(url -> {
      try {
        PlanDatabase.checkUrl(url);
      } catch (DatabaseUrlException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    });
    return new CompositionRoot(serverUrl, dataDir, lockWait, TimeSource.system(), false);
  }

  /**
   * Wiring for a program that runs long, such as the web server: the store is opened now and kept
   * open until {@link #close()}. An embedded store is shared meanwhile: commands on the same data
   * directory use its running server instead of waiting for this program to end.
   *
   * @throws IllegalArgumentException when the server URL is not one mics can use, saying why
   * @throws kz.stat.mics.domain.port.StoreException when the store cannot be opened
   */
  public static CompositionRoot serving(Optional<String> serverUrl, Path dataDir,
      Duration lockWait) {
    CompositionRoot root = of(serverUrl, dataDir, lockWait);
    CompositionRoot serving = new CompositionRoot(root.serverUrl, dataDir, lockWait,
        TimeSource.system(), true);
    serving.database();
    return serving;
  }

  /** Wiring over a server or the embedded store, with the default wait for the store. */
  public static CompositionRoot of(Optional<String> serverUrl, Path dataDir) {
    return of(serverUrl, dataDir, DEFAULT_LOCK_WAIT);
  }

  /** The largest document read by default, in MB. */
  public static final long DEFAULT_MAX_DOCUMENT_MB =
      DocumentLimits.DEFAULT_MAX_BYTES / (1024 * 1024);

  /** This wiring, reading documents of up to {@code bytes}; call it before any use case. */
  public CompositionRoot withMaxDocumentBytes(long bytes) {
    checkArgument(bytes > 0, "the size limit must be positive: %s", bytes);
    documents = new Documents(DocumentLimits.ofBytes(bytes));
    return this;
  }

  /** Where the plans are, for people: the server URL or the embedded store's directory. */
  public String describeStore() {
    return serverUrl.orElse("embedded PostgreSQL in " + dataDir);
  }

  public PlanViews views() {
    return new PlanViews(plans(), database().queries(), documents, time);
  }

  public ImportDocument importer() {
    return new ImportDocument(plans(), documents, documents, database().streamedPlans());
  }

  public RecordProgress progress() {
    return new RecordProgress(plans(), time);
  }

  /** Creating, disabling and re-keying accounts, and their API tokens. */
  public ManageAccounts accounts() {
    return new ManageAccounts(database().accounts(), passwords(), time);
  }

  /** Checking a password or an API token; keep one for the life of a server. */
  public SignIn signIn() {
    return new SignIn(database().accounts(), passwords());
  }

  public PlanCatalog catalog() {
    return new PlanCatalog(plans());
  }

  public ExportPlan export() {
    return new ExportPlan(plans());
  }

  public BuildReport report() {
    return new BuildReport(views(), HtmlReport.create());
  }

  /** Reading a deadline text needs no store, and opens none. */
  public ReadDeadline readDeadline() {
    return new ReadDeadline();
  }

  /** Checking a document needs no store, and opens none. */
  public CheckDocument check() {
    return new CheckDocument(documents);
  }

  /**
   * The words of the views in {@code language}, by key: the labels of the HTML report, which the
   * terminal views share so that both say the same thing the same way.
   */
  public static Map<String, String> labels(Language language) {
    return HtmlReport.labels(language);
  }

  /** The zone of the plans' days, in which times are shown to people. */
  public ZoneId zone() {
    return time.zone();
  }

  /**
   * The names of the document formats, as a user writes them: table, docx, json, csv, xlsx; ics (a
   * calendar, written only) and mspdi (a project schedule: MS Project XML written, any MPXJ format
   * read).
   */
  public static List<String> formats() {
    return ImmutableList.of("table", "docx", "json", "csv", "xlsx", "ics", "mspdi");
  }

  /** Whether the format named {@code name} is a binary file (a zip), not text. */
  public static boolean isBinary(String name) {
    return name.equals("docx") || name.equals("xlsx");
  }

  /** The reader of the format named {@code name} (one of {@link #formats()}). */
  public PlanReader reader(String name) {
    return documents.reader(format(name));
  }

  /** The writer of the format named {@code name}, with the CSV separator and byte order mark. */
  public PlanWriter writer(String name, char csvSeparator, boolean csvByteOrderMark) {
    checkArgument(csvSeparator == ',' || csvSeparator == ';', "a CSV separator is ',' or ';'");
    return documents.writer(format(name), WriteOptions.defaults().withCsvSeparator(csvSeparator)
        .withCsvByteOrderMark(csvByteOrderMark));
  }

  /** The iCalendar writer: every activity, or one executor's when {@code executor} is given. */
  public PlanWriter calendarWriter(Optional<String> executor) {
    return documents.calendarWriter(executor);
  }

  /** The writer of exported histories (mics-history JSON). */
  public HistoryWriter historyWriter() {
    return documents.historyWriter();
  }

  /** A deadline as the JSON object of the mics-plan format. */
  public static String deadlineJson(Deadline deadline) {
    return JsonPlanWriter.deadlineJson(deadline);
  }

  /** Where the database's schema stands against this program. */
  public record Schema(Optional<String> current, List<String> pending, String program,
      boolean newerThanProgram) {}

  /** What a migration did. */
  public record Migration(Optional<String> from, String to, int applied) {}

  public Schema schema() {
    SchemaInfo info = database().info();
    return new Schema(info.current(), info.pending(), info.programVersion(),
        info.newerThanProgram());
  }

  public Migration migrate() {
    MigrationInfo m = database().migrate();
    return new Migration(m.from(), m.to(), m.applied());
  }

  /**
   * Makes the schema history agree with this program's migrations again (failed entries removed,
   * checksums realigned); no table but the history is changed.
   *
   * @return what was changed, one line each; empty when the history was in order
   */
  public List<String> repair() {
    return database().repair();
  }

  private static DocumentFormat format(String name) {
    checkArgument(formats().contains(name), "no such format: %s", name);
    return DocumentFormat.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private synchronized PasswordHashes passwords() {
    if (passwords == null) {
      passwords = new BcryptPasswords();
    }
    return passwords;
  }

  private Plans plans() {
    return database().plans();
  }

  private synchronized PlanDatabase database() {
    if (database == null) {
      // a server for many keeps no connection; a command keeps its one
      database = serverUrl.isPresent() ? shared ? PlanDatabase.connect(serverUrl.get())
          : PlanDatabase.connectForCommand(serverUrl.get())
          : shared ? EmbeddedStore.serve(dataDir, lockWait)
          : EmbeddedStore.open(dataDir, lockWait);
    }
    return database;
  }

  /** Closes the store, stopping the embedded server when this root started it. */
  @Override
  public synchronized void close() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
