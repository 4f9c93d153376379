package kz.stat.mics.persistence;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The rows of sections and of their activities, in COPY's text format, gathered in chunks that a
 * thread of their own copies into the two tables, the chunk's sections first: one chunk is copied
 * while the next one fills, so that at most two are held. The connection runs only these copies
 * until {@link #end} or {@link #cancel}.
 */
final class Chunks {
  private final CopyManager copy;
  private final String sectionTable;
  private final String activityTable;
  private final int chunkBytes;
  private final ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mics-copy");
    t.setDaemon(true);
    return t;
  });
  /** The chunk being filled. */
  private Buffer sections;
  private Buffer activities;
  /** The chunk being copied, or copied already. */
  private Buffer copiedSections;
  private Buffer copiedActivities;
  /** The copy of the chunk handed on last, or null. */
  private Future<?> copying;

  /**
   * @param sectionTable the section table with its columns, as COPY names them
   * @param activityTable the activity table with its columns
   * @param chunkBytes the size of rows at which a chunk is full
   */
  Chunks(CopyManager copy, String sectionTable, String activityTable, int chunkBytes) {
    this.copy = copy;
    this.sectionTable = sectionTable;
    this.activityTable = activityTable;
    this.chunkBytes = chunkBytes;
    int room = chunkBytes + (1 << 17);
    sections = new Buffer(1 << 12);
    activities = new Buffer(room);
    copiedSections = new Buffer(1 << 12);
    copiedActivities = new Buffer(room);
  }

  /** Where the section rows of the chunk being filled go. */
  OutputStream sections() {
    return sections;
  }

  /** Where the activity rows of the chunk being filled go. */
  OutputStream activities() {
    return activities;
  }

  /**
   * Whether the chunk being filled holds enough rows to be handed on: sections count too, since a
   * document may give many of them, with long titles, between two activities.
   */
  boolean full() {
    return sections.size() + activities.size() >= chunkBytes;
  }

  /**
   * Hands the chunk filled so far on to be copied, once the one before is in, and starts the next.
   * The rows must have been written to it whole.
   *
   * @throws SQLException what the server said of the chunk before
   */
  void handOn() throws SQLException {
    finishCopy();
    Buffer s = sections;
    Buffer a = activities;
    sections = copiedSections;
    activities = copiedActivities;
    sections.reset();
    activities.reset();
    copiedSections = s;
    copiedActivities = a;
    copying = copier.submit(() -> {
      copyIn(sectionTable, s);
      copyIn(activityTable, a);
      return null;
    });
  }

  /** Copies the last chunk and waits until the server has every row. */
  void end() throws SQLException {
    try {
      handOn();
      finishCopy();
    } finally {
      copier.shutdown();
    }
  }

  /**
   * Gives the copies up, so that the transaction can roll back: the chunk being copied is let
   * finish first, since a connection's copy cannot be ended from another thread (a copy that fails
   * cancels itself).
   *
   * @return what the chunk's copy failed with, if it did: not the reason the copies are given up
   */
  Optional<Throwable> cancel() {
    Optional<Throwable> failed = Optional.empty();
    try {
      finishCopy();
    } catch (SQLException | RuntimeException | Error e) {
      failed = Optional.of(e);
    } finally {
      copier.shutdownNow();
    }
    return failed;
  }

  /** Waits for the copy handed on last, throwing what it failed with. */
  private void finishCopy() throws SQLException {
    Future<?> f = copying;
    if (f == null) {
      return;
    }
    copying = null;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          f.get();
          return;
        } catch (InterruptedException e) {
          // the connection is busy until the copy ends: it is waited for all the same
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void copyIn(String table, Buffer rows) throws SQLException {
    if (rows.size() == 0) {
      return;
    }
    CopyIn in = copy.copyIn("copy " + table + " from stdin");
    try {
      in.writeToCopy(rows.bytes(), 0, rows.size());
      in.endCopy();
    } catch (SQLException | RuntimeException e) {
      if (in.isActive()) {
        try {
          in.cancelCopy();
        } catch (SQLException ignored) {
          // what the server said first is what counts
        }
      }
      throw e;
    }
  }

  /** A buffer whose bytes are copied without being copied first. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int size) {
      super(size);
    }

    byte[] bytes() {
      return buf;
    }
  }
}
