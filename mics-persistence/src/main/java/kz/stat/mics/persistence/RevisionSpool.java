package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkState;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.PlanParts;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The rows of one revision, written as a document streams in to one owner-only temporary file per
 * table in COPY's text format (one row per line), then copied into the tables, parents before
 * children, on the connection of the transaction that inserted the revision row. A connection
 * runs one COPY at a time while a document gives its parts in any order, hence the files: memory
 * holds one part, never the plan. The plan and revision ids, unknown while reading, are put in
 * front of each line as it is copied. The activity rows (or the sections and activities, in
 * chunks of bounded size: {@link #copySectionsAndActivitiesLive}) may instead be copied while the
 * document is read.
 */
final class RevisionSpool implements PlanParts, AutoCloseable {
  /** The tables in the order they are copied, with the columns a line gives after the ids. */
  private static final String[] TABLES = {
      "section (plan_id, revision_id, position, number, title)",
      "activity (plan_id, revision_id, position, section_position, code, title, completion_form,"
          + " financing_source, financing_text, deadline_text, duration_days, tentative,"
          + " recurrence, start_date, due_date)",
      "deadline_window (plan_id, revision_id, activity_position, position, from_date, to_date)",
      "activity_executor (plan_id, revision_id, activity_position, position, name)",
      "executor (plan_id, revision_id, position, code, name)",
      "precedence (plan_id, revision_id, position, before_code, after_code)"};
  private static final int SECTION = 0;
  private static final int ACTIVITY = 1;
  private static final int WINDOW = 2;
  private static final int RESPONSIBLE = 3;
  private static final int EXECUTOR = 4;
  private static final int PRECEDENCE = 5;

  private final List<Path> files = new ArrayList<>();
  private final List<CopyRows> writers = new ArrayList<>();
  /** Where activity rows go while they are copied as they come; empty when they are spooled. */
  private Optional<CopyIn> live = Optional.empty();
  /**
   * The ids in front of each activity row (and section row, in chunks) while they are copied live,
   * else null.
   */
  private byte[] liveIds;
  /** The chunks of sections and activities being copied, when they are copied so. */
  private Optional<Chunks> chunks = Optional.empty();
  private final ContentHash hash = new ContentHash();
  private String title;
  private Language language;
  private YearRange period;
  private int sections;
  private int activities;
  private int executors;
  private int precedences;

  RevisionSpool() {
    try {
      for (int t = 0; t < TABLES.length; t++) {
        // created readable and writable by the owner only
        Path file = Files.createTempFile("mics-copy-", ".tsv");
        files.add(file);
        writers.add(new CopyRows(Files.newOutputStream(file)));
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void header(String title, Language language, YearRange period) {
    checkState(this.title == null, "a plan has one header");
    this.title = title;
    this.language = language;
    this.period = period;
    hash.header(title, language, period);
  }

  @Override
  public void executor(Executor e) {
    hash.executor(e);
    row(EXECUTOR, executors++, e.code(), e.name());
  }

  @Override
  public void section(String number, String title) {
    hash.section(number, title);
    row(SECTION, sections++, number, title);
    handOnWhenFull();
  }

  @Override
  public void activity(Activity a) {
    checkState(sections > 0, "an activity comes after the section it belongs to");
    hash.activity(a);
    Deadline d = a.deadline();
    int position = activities++;
    row(ACTIVITY, position, sections - 1, a.code(), a.title(), a.completionForm(),
        a.financing().source().name(), a.financing().text(), d.text(),
        d.durationDays().isPresent() ? d.durationDays().getAsInt() : null,
        d.tentative() ? "t" : "f", d.recurrence().map(Enum::name).orElse(null),
        d.start().orElse(null), d.due().orElse(null));
    for (int w = 0; w < d.windows().size(); w++) {
      Window window = d.windows().get(w);
      row(WINDOW, position, w, window.from().orElse(null), window.to().orElse(null));
    }
    for (int r = 0; r < a.responsible().size(); r++) {
      row(RESPONSIBLE, position, r, a.responsible().get(r));
    }
    handOnWhenFull();
  }

  @Override
  public void precedence(Precedence p) {
    hash.precedence(p);
    row(PRECEDENCE, precedences++, p.before(), p.after());
  }

  /** Whether the header has come. */
  boolean complete() {
    return title != null;
  }

  String title() {
    return title;
  }

  Language language() {
    return language;
  }

  YearRange period() {
    return period;
  }

  /** The content hash of every part received. */
  String contentHash() {
    return hash.hash();
  }

  /**
   * Copies the activity rows into their table as they come, on {@code copy}'s connection, with
   * these ids, until {@link #endActivities} or {@link #cancelActivities}; the connection runs
   * nothing else meanwhile. The other tables are still spooled, to be copied by {@link #copy}.
   */
  void copyActivitiesLive(CopyManager copy, long planId, long revisionId) throws SQLException {
    checkState(activities == 0 && live.isEmpty(), "activities are copied live from the first");
    CopyIn in = copy.copyIn("copy " + TABLES[ACTIVITY] + " from stdin");
    live = Optional.of(in);
    OutputStream out = new PGCopyOutputStream(in, 1 << 16);
    try {
      writers.get(ACTIVITY).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // every line starts with the ids: each activity row is written with them in front
    liveIds = (planId + "\t" + revisionId + "\t").getBytes(StandardCharsets.US_ASCII);
    writers.set(ACTIVITY, new CopyRows(out));
  }

  /** Ends the live copy of the activity rows (and sections, if so): the server has them all. */
  void endActivities() throws SQLException {
    if (chunks.isPresent()) {
      try {
        flushChunk();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      chunks.get().end();
      chunks = Optional.empty();
      liveIds = null;
      chunkTo(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
      return;
    }
    CopyIn in = live.orElseThrow();
    try {
      writers.get(ACTIVITY).flush();
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new UncheckedIOException(e);
    }
    in.endCopy();
    live = Optional.empty();
    liveIds = null;
    writers.set(ACTIVITY, new CopyRows(OutputStream.nullOutputStream()));
  }

  /**
   * Abandons the live copy of the activity rows (and sections, if so), so that the transaction can
   * roll back.
   *
   * @return what a chunk's copy failed with meanwhile, if one did
   */
  Optional<Throwable> cancelActivities() {
    Optional<Throwable> failed = chunks.flatMap(Chunks::cancel);
    if (chunks.isPresent()) {
      chunkTo(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }
    chunks = Optional.empty();
    live.ifPresent(in -> {
      try {
        if (in.isActive()) {
          in.cancelCopy();
        }
      } catch (SQLException e) {
        // the connection is being given up on; the transaction rolls back either way
      }
      writers.set(ACTIVITY, new CopyRows(OutputStream.nullOutputStream()));
    });
    live = Optional.empty();
    liveIds = null;
    return failed;
  }

  /**
   * Copies the sections and their activities into their tables as they come, in chunks of about
   * {@code chunkBytes} of rows, each chunk's sections before its activities, on {@code copy}'s
   * connection, with these ids, until {@link #endActivities} or {@link #cancelActivities}. A
   * thread of its own copies one chunk while the reading fills the next, so that the server checks
   * the activities' sections at the end of each chunk's copy while the reader works on; at most
   * two chunks are held. The connection runs nothing else meanwhile, and the check of the
   * sections' revision must be deferred: its row comes once the document is read. The other tables
   * are still spooled.
   */
  void copySectionsAndActivitiesLive(CopyManager copy, long planId, long revisionId,
      int chunkBytes) {
    checkState(sections == 0 && activities == 0 && live.isEmpty() && chunks.isEmpty(),
        "sections and activities are copied live from the first");
    liveIds = (planId + "\t" + revisionId + "\t").getBytes(StandardCharsets.US_ASCII);
    try {
      writers.get(SECTION).close();
      writers.get(ACTIVITY).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Chunks c = new Chunks(copy, TABLES[SECTION], TABLES[ACTIVITY], chunkBytes);
    chunks = Optional.of(c);
    chunkTo(c.sections(), c.activities());
  }

  /**
   * When rows are copied in chunks and the one being filled is full, hands it on to be copied and
   * goes on in the other one; called after a whole row.
   */
  private void handOnWhenFull() {
    if (chunks.isEmpty() || !chunks.get().full()) {
      return;
    }
    Chunks c = chunks.get();
    try {
      flushChunk();
      c.handOn();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    chunkTo(c.sections(), c.activities());
  }

  /** Writes what the section and activity writers still buffer into the chunk being filled. */
  private void flushChunk() throws IOException {
    writers.get(SECTION).flush();
    writers.get(ACTIVITY).flush();
  }

  /** Points the section and activity writers at these streams. */
  private void chunkTo(OutputStream sectionRows, OutputStream activityRows) {
    writers.set(SECTION, new CopyRows(sectionRows));
    writers.set(ACTIVITY, new CopyRows(activityRows));
  }

  /**
   * Copies every spooled row into the tables, on the connection of {@code tx}; runs
   * {@code sectionsCopied} once the sections are in, before the rest.
   */
  void copy(DSLContext tx, long planId, long revisionId, Runnable sectionsCopied) {
    byte[] ids = (planId + "\t" + revisionId + "\t").getBytes(StandardCharsets.US_ASCII);
    try {
      for (CopyRows w : writers) {
        w.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tx.connection(c -> {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (int t = 0; t < TABLES.length; t++) {
        copyFile(copy, TABLES[t], files.get(t), ids);
        if (t == SECTION) {
          sectionsCopied.run();
        }
      }
    });
  }

  private static void copyFile(CopyManager copy, String table, Path file, byte[] ids)
      throws SQLException {
    if (!Files.exists(file) || sizeOf(file) == 0) {
      return;
    }
    try (OutputStream out = new IdsInFront(new PGCopyOutputStream(copy.copyIn("copy " + table
        + " from stdin"), 1 << 16), ids); InputStream in = Files.newInputStream(file)) {
      in.transferTo(out);
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new UncheckedIOException(e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One row in COPY's text format: tabs between values, {@code \N} for a null, and a backslash,
   * tab, line feed or carriage return inside a text escaped, so that every row is one line.
   */
  private void row(int table, Object... values) {
    CopyRows out = writers.get(table);
    try {
      if (liveIds != null && (table == ACTIVITY || table == SECTION && chunks.isPresent())) {
        out.prefix(liveIds);
      }
      for (Object v : values) {
        if (v == null) {
          out.nul();
        } else if (v instanceof String text) {
          out.text(text);
        } else {
          out.plain(v); // a number or a date
        }
      }
      out.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An output stream that writes {@code ids} in front of every line. */
  private static final class IdsInFront extends FilterOutputStream {
    private final byte[] ids;
    private boolean lineStart = true;

    IdsInFront(OutputStream out, byte[] ids) {
      super(out);
      this.ids = ids;
    }

    @Override
    public void write(int b) throws IOException {
      if (lineStart) {
        out.write(ids);
        lineStart = false;
      }
      out.write(b);
      lineStart = b == '\n';
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int from = off;
      for (int i = off; i < off + len; i++) {
        if (lineStart) {
          out.write(b, from, i - from);
          out.write(ids);
          from = i;
          lineStart = false;
        }
        if (b[i] == '\n') {
          lineStart = true;
        }
      }
      out.write(b, from, off + len - from);
    }
  }

  /** Deletes the files. */
  @Override
  public void close() {
    cancelActivities();
    for (CopyRows w : writers) {
      try {
        w.close();
      } catch (IOException e) {
        // the file is deleted next either way
      }
    }
    for (Path f : files) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        // a temporary file left behind holds nothing the store does not
      }
    }
  }
}
