package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.port.StoreException;

/**
 * The lock a program holds on an embedded store's directory while it runs the store's server, so
 * that two commands take turns instead of fighting over one cluster, and so that a server left
 * running by a killed command can be told from one in use.
 *
 * <p>Waiting commands queue in arrival order: each takes a numbered ticket in {@code queue/} (a
 * file it keeps locked while it waits, so a ticket whose command died is seen and dropped), and
 * only the first in the queue tries the store's lock. A command gives up only when the queue has not
 * moved for the wait limit, that is when the command ahead has held the store that long.
 */
final class StoreLock {
  /**
   * Everything this JVM does with lock and ticket files happens under this monitor. POSIX locks
   * belong to the process, and closing any descriptor of a file drops all of the process's locks on
   * it: so a file this JVM holds locked is never opened a second time here, and the two sets below
   * say which those are.
   */
  private static final Object FILES = new Object();
  private static final java.util.Map<Path, String> HELD = new java.util.HashMap<>();
  private static final java.util.Set<Path> TICKETS = new java.util.HashSet<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code dir}, after the commands that came before. Gives up when the queue
   * has not moved for {@code wait}, saying who holds the store and how many wait.
   */
  static StoreLock acquire(Path dir, Duration wait) throws IOException {
    return acquire(dir, wait, () -> false);
  }

  /**
   * Like {@link #acquire(Path, Duration)}, but stops waiting and returns null as soon as
   * {@code elsewhere} says the store can be reached without the lock.
   */
  static StoreLock acquire(Path dir, Duration wait, java.util.function.BooleanSupplier elsewhere)
      throws IOException {
    Path queue = OwnerOnly.directory(dir.resolve("queue"));
    Path file = dir.resolve("mics.lock");
    Ticket ticket = Ticket.take(queue);
    try {
      long arrived = System.nanoTime();
      long lastMove = arrived;
      int lastAhead = Integer.MAX_VALUE;
      String lastHolder = null;
      while (true) {
        int ahead = ticket.ahead(queue);
        String holder;
        synchronized (FILES) {
          holder = HELD.get(file);
          if (holder == null) {
            FileChannel channel = openPrivate(file);
            FileLock lock = ahead == 0 ? channel.tryLock() : null;
            if (lock != null) {
              String me = ProcessHandle.current().pid() + " " + System.currentTimeMillis();
              channel.truncate(0);
              channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
              channel.force(false);
              HELD.put(file, me);
              ticket.leave();
              return new StoreLock(file, channel, lock);
            }
            holder = holder(channel);
            channel.close();
          }
        }
        if (elsewhere.getAsBoolean()) {
          return null;
        }
        long now = System.nanoTime();
        if (ahead < lastAhead || !holder.equals(lastHolder)) {
          lastMove = now;
          lastAhead = ahead;
          lastHolder = holder;
        }
        if (now - lastMove >= wait.toNanos()) {
          throw new StoreException(busy(dir, holder, ahead, Duration.ofNanos(now - arrived)));
        }
        Thread.sleep(ahead == 0 ? 10 : 50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for the store in " + dir + ".", e);
    } finally {
      ticket.leave();
    }
  }

  /** Opens {@code file} to read and write, creating it with mode 0600. */
  private static FileChannel openPrivate(Path file) throws IOException {
    return FileChannel.open(file, java.util.EnumSet.of(StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE),
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
  }

  /** "pid epoch-millis" of the command that holds the store, as it wrote them; "" when unknown. */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(64);
      channel.read(buffer, 0);
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static String busy(Path dir, String holder, int ahead, Duration waited) {
    String who = "another mics command";
    String[] parts = holder.split(" ");
    if (parts.length == 2) {
      try {
        long held = (System.currentTimeMillis() - Long.parseLong(parts[1])) / 1000;
        who = "the mics command in process " + parts[0] + " has held it for " + held + " s";
      } catch (NumberFormatException e) {
        // an older program's lock file: say less
      }
    }
    String queued = ahead == 0 ? "no other command is queued ahead of this one"
        : ahead == 1 ? "1 more command is queued ahead of this one"
        : ahead + " more commands are queued ahead of this one";
    return "The store in " + dir + " is busy: " + who + ", " + queued + ", and this one waited "
        + waited.toSeconds() + " s without the queue moving; try again when it has finished, or"
        + " allow a longer wait (--lock-wait SECONDS).";
  }

  /** A place in the queue: a numbered file, locked while its command waits. */
  private static final class Ticket {
    private final long number;
    private final Path file;
    private final FileChannel channel;

    private Ticket(long number, Path file, FileChannel channel) {
      this.number = number;
      this.file = file;
      this.channel = channel;
    }

    static Ticket take(Path queue) throws IOException {
      synchronized (FILES) {
        try (FileChannel counter = openPrivate(queue.resolve("counter"));
            FileLock ignored = counter.lock()) {
          ByteBuffer buffer = ByteBuffer.allocate(32);
          counter.read(buffer, 0);
          String text = new String(buffer.array(), 0, buffer.position(),
              StandardCharsets.US_ASCII).strip();
          long number = text.isEmpty() ? 1 : Long.parseLong(text) + 1;
          counter.truncate(0);
          counter.write(ByteBuffer.wrap((number + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
          Path file = queue.resolve(name(number));
          FileChannel channel = openPrivate(file);
          // Locked before the counter is let go: whoever sees this ticket sees it held.
          channel.lock();
          TICKETS.add(file);
          return new Ticket(number, file, channel);
        } catch (NumberFormatException e) {
          throw new IOException("the store's queue counter is damaged: " + e.getMessage(), e);
        }
      }
    }

    /** How many live tickets come before this one; tickets of dead commands are removed. */
    int ahead(Path queue) throws IOException {
      int ahead = 0;
      synchronized (FILES) {
        try (DirectoryStream<Path> tickets = Files.newDirectoryStream(queue, "t-*")) {
          for (Path other : tickets) {
            if (number(other) < number && alive(other)) {
              ahead++;
            }
          }
        }
      }
      return ahead;
    }

    /** Whether a command still holds the ticket; a ticket nobody holds is deleted. */
    private static boolean alive(Path ticket) throws IOException {
      if (TICKETS.contains(ticket)) {
        return true;
      }
      try (FileChannel c = FileChannel.open(ticket, StandardOpenOption.WRITE)) {
        FileLock lock;
        try {
          lock = c.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
          return true;
        }
        if (lock == null) {
          return true;
        }
        Files.deleteIfExists(ticket);
        lock.release();
        return false;
      } catch (NoSuchFileException gone) {
        return false;
      }
    }

    /** Leaves the queue; nothing when already left. */
    void leave() {
      synchronized (FILES) {
        if (!TICKETS.remove(file)) {
          return;
        }
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a ticket left behind is dropped by the next waiter, its lock being gone
        }
        close(channel);
      }
    }

    private static String name(long number) {
      return String.format("t-%019d", number);
    }

    private static long number(Path ticket) {
      try {
        return Long.parseLong(ticket.getFileName().toString().substring(2));
      } catch (RuntimeException e) {
        return Long.MAX_VALUE;
      }
    }
  }

  /**
   * Stops a PostgreSQL server still running on {@code dataDir} although no program holds the store:
   * what is left when a command was killed before it could stop its server. Its data is safe; a
   * smart shutdown lets it finish cleanly.
   */
  static void stopOrphanedServer(Path dataDir, Duration wait) {
    Optional<ProcessHandle> orphan = runningServer(dataDir);
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle server = orphan.get();
    server.destroy();
    try {
      server.onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new StoreException("A PostgreSQL server left running on " + dataDir + " (process "
          + server.pid() + ") did not stop within " + wait.toSeconds() + " seconds; stop it and "
          + "try again.");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new StoreException("Could not stop the PostgreSQL server left running on " + dataDir,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while stopping the server left running on " + dataDir,
          e);
    }
  }

  /** The live postgres process named in the cluster's postmaster.pid, if there is one. */
  static Optional<ProcessHandle> runningServer(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      // After a restart the number may belong to another process, even another PostgreSQL: only a
      // postgres serving this very data directory is ours to stop.
      String data = dataDir.toAbsolutePath().normalize().toString();
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
          .filter(p -> commandLine(p).contains(data));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The process's arguments, from /proc where the JVM cannot see them itself. */
  private static String commandLine(ProcessHandle process) {
    Optional<String> args = process.info().arguments().map(a -> String.join(" ", a));
    if (args.isPresent()) {
      return args.get();
    }
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  static void releaseQuietly(StoreLock lock) {
    if (lock == null) {
      return;
    }
    synchronized (FILES) {
      if (HELD.remove(lock.file) == null) {
        return;
      }
      try {
        lock.lock.release();
      } catch (IOException ignored) {
        // closing the channel below releases it anyway
      }
      close(lock.channel);
    }
  }

  private static void close(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more can be done; the lock dies with the process
    }
  }
}
