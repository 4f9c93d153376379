package kz.stat.mics.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 */
final class StoreLock {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code dir}, waiting up to {@code wait} for another program to let go. */
  static StoreLock acquire(Path dir, Duration wait) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve("mics.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
          lock = null;
        }
        if (lock != null) {
          return new StoreLock(channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw new StoreException("Another mics command has been using the store in " + dir
              + " for over " + wait.toSeconds() + " seconds; try again when it has finished.");
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new StoreException("Interrupted while waiting for the store in " + dir, e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
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
    try {
      lock.lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it anyway
    }
    try {
      lock.channel.close();
    } catch (IOException ignored) {
      // nothing more can be done; the lock dies with the process
    }
  }
}
