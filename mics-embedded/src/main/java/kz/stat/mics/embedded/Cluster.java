package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.port.StoreException;

/**
 * The PostgreSQL cluster of a store, {@code dataDir/pgdata}. A new one is made by initdb in a
 * temporary directory (password authentication, the superuser's password from the store's password
 * file, data checksums) and renamed into place only when complete, with this program's
 * pg_hba.conf already written.
 */
final class Cluster {
  /** The only way in: this program's roles, by password, over the private socket. */
  static final String HBA = "# Written by mics: only its roles, by password, over its private socket.\n"
      + "local all all scram-sha-256\n";

  private final Path pgdata;
  private final Binaries binaries;
  private final Path log;

  private Cluster(Path pgdata, Binaries binaries, Path log) {
    this.pgdata = pgdata;
    this.binaries = binaries;
    this.log = log;
  }

  static Path pgdata(Path dataDir) {
    return dataDir.resolve("pgdata");
  }

  /** The store's cluster, made first when there is none. */
  static Cluster in(Path dataDir, Binaries binaries, Path passwordFile) throws IOException {
    Path pgdata = pgdata(dataDir);
    Path log = dataDir.resolve("postgres.log");
    Cluster cluster = new Cluster(pgdata, binaries, log);
    if (!Files.isRegularFile(pgdata.resolve("PG_VERSION"))) {
      if (Files.exists(pgdata)) {
        throw new StoreException("The folder " + pgdata + " is there but holds no PostgreSQL"
            + " cluster; move it away and run mics again to start a new store.");
      }
      removeUnfinished(dataDir, binaries.home().getParent());
      // A name of its own: an initdb left running by a killed command cannot write into it.
      Path init = dataDir.resolve("pgdata.init-" + Long.toHexString(
          new java.security.SecureRandom().nextLong() & Long.MAX_VALUE));
      cluster.run("initdb", List.of("-D", init.toString(), "-U", EmbeddedStore.SUPERUSER,
          "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF-8",
          "--data-checksums"));
      Files.writeString(init.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
      Files.move(init, pgdata, StandardCopyOption.ATOMIC_MOVE);
    }
    return cluster;
  }

  /**
   * Deletes clusters that a killed command left half made. The initdb of such a command may still
   * be writing into one, with the postgres it runs: the store's lock is held, so no live command
   * of this store runs initdb now, and they are stopped first. What still cannot be deleted is
   * tried again next time.
   */
  private static void removeUnfinished(Path dataDir, Path programs) throws IOException {
    try (java.nio.file.DirectoryStream<Path> unfinished =
        Files.newDirectoryStream(dataDir, "pgdata.init*")) {
      for (Path p : unfinished) {
        stopProcessesIn(p, programs);
        try {
          OwnerOnly.deleteTree(p);
        } catch (IOException | java.io.UncheckedIOException stillBeingWritten) {
          // garbage, not in the way: the new cluster is made under another name
        }
      }
    }
  }

  /** How long an abandoned initdb and its postgres have to end on their own when asked to. */
  private static final java.time.Duration ORPHAN_GRACE = java.time.Duration.ofSeconds(3);

  /**
   * Stops this user's processes that work in {@code dir} and run a program from {@code programs}
   * (the store's PostgreSQL binaries): those that name {@code dir} (or a file below it) on their
   * command line, such as initdb, or run in it, as postgres does, and their children. Each is asked
   * to end first, then killed. This process and those it runs under are never touched.
   */
  static void stopProcessesIn(Path dir, Path programs) {
    Path named = dir.toAbsolutePath().normalize();
    // the folder it lies in as the kernel names it, the entry itself not followed
    Path in = asTheKernelNamesIt(named.getParent()).resolve(named.getFileName());
    Path ours = asTheKernelNamesIt(programs.toAbsolutePath().normalize());
    java.util.Optional<String> user = ProcessHandle.current().info().user();
    java.util.Set<Long> spared = new java.util.HashSet<>();
    for (java.util.Optional<ProcessHandle> p = java.util.Optional.of(ProcessHandle.current());
        p.isPresent(); p = p.get().parent()) {
      spared.add(p.get().pid());
    }
    List<ProcessHandle> stopping = new ArrayList<>();
    ProcessHandle.allProcesses()
        .filter(p -> !spared.contains(p.pid()) && user.isPresent()
            && p.info().user().equals(user))
        .filter(p -> runs(p, ours) && (names(p, named) || runsIn(p, in)))
        .forEach(p -> {
          stopping.add(p);
          p.descendants().filter(d -> !spared.contains(d.pid())).forEach(stopping::add);
        });
    if (stopping.isEmpty()) {
      return;
    }
    stopping.forEach(ProcessHandle::destroy);
    if (!allEnded(stopping, ORPHAN_GRACE)) {
      stopping.forEach(ProcessHandle::destroyForcibly);
      allEnded(stopping, java.time.Duration.ofSeconds(10));
    }
  }

  /** The path with its links resolved, as /proc names it; as given when it cannot be. */
  private static Path asTheKernelNamesIt(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException gone) {
      return path;
    }
  }

  private static boolean runs(ProcessHandle p, Path programs) {
    try {
      return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "exe"))
          .startsWith(programs);
    } catch (IOException | RuntimeException ended) {
      return false;
    }
  }

  private static boolean names(ProcessHandle p, Path dir) {
    String path = dir.toString();
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
      for (String arg : new String(raw, StandardCharsets.UTF_8).split("\0")) {
        if (arg.equals(path) || arg.startsWith(path + "/")) {
          return true;
        }
      }
    } catch (IOException | RuntimeException ended) {
      // ended in the meantime, or not ours to read
    }
    return false;
  }

  private static boolean runsIn(ProcessHandle p, Path dir) {
    try {
      Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd"));
      return cwd.startsWith(dir);
    } catch (IOException | RuntimeException ended) {
      return false;
    }
  }

  private static boolean allEnded(List<ProcessHandle> processes, java.time.Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    for (ProcessHandle p : processes) {
      try {
        p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        return false;
      } catch (java.util.concurrent.ExecutionException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  Path pgdata() {
    return pgdata;
  }

  Path log() {
    return log;
  }

  Binaries binaries() {
    return binaries;
  }

  /** Whether pg_hba.conf is exactly this program's. */
  boolean hbaIsOurs() throws IOException {
    return HBA.equals(Files.readString(pgdata.resolve("pg_hba.conf"), StandardCharsets.UTF_8));
  }

  void writeHba() throws IOException {
    OwnerOnly.write(pgdata.resolve("pg_hba.conf"), HBA);
  }

  /**
   * Runs a program of the binaries to its end, its output going to the store's log. When it fails,
   * the message carries its reason: the last error line it wrote on stderr.
   */
  void run(String program, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(binaries.command(program, args));
    Path logFile = openLog();
    // stderr apart from stdout: a program's stdout is buffered to its exit, so in one file its
    // last lines would come after the error that ended it
    Path errors = Files.createTempFile(log.getParent(), program + "-", ".stderr",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
      builder.environment().put("LC_MESSAGES", "C");
      Process process = builder.start();
      try {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new StoreException(program + " did not finish within 5 minutes; see " + log + ".");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while " + program + " ran; see " + log + ".", e);
      }
      List<String> stderr = Files.readAllLines(errors, StandardCharsets.UTF_8);
      Files.write(logFile, stderr, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
      if (process.exitValue() != 0) {
        throw new StoreException(program + " failed (" + reason(stderr).orElseGet(this::lastLine)
            + "); see " + log + ".");
      }
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /**
   * Why a PostgreSQL program failed, from what it wrote on stderr: its last error line, else its
   * last line that is neither a hint nor the note that it cleaned up after itself.
   */
  static java.util.Optional<String> reason(List<String> stderr) {
    java.util.Optional<String> fallback = java.util.Optional.empty();
    for (int i = stderr.size() - 1; i >= 0; i--) {
      String line = stderr.get(i).strip();
      if (line.matches("(?i).*\\b(error|fatal|panic):.*")) {
        return java.util.Optional.of(line);
      }
      if (fallback.isEmpty() && !line.isEmpty() && !line.matches("\\S+: (hint|detail): .*")
          && !line.matches("\\S+: removing .*") && !line.startsWith("child process ")) {
        fallback = java.util.Optional.of(line);
      }
    }
    return fallback;
  }

  /** The log file, mode 0600, started anew when it has grown past a megabyte. */
  Path openLog() throws IOException {
    if (Files.exists(log) && Files.size(log) > 1 << 20) {
      Files.move(log, log.resolveSibling("postgres.log.old"), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.exists(log)) {
      Files.createFile(log, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
          OwnerOnly.FILE));
    }
    return log;
  }

  /** The last non-empty line of the log, to say in one line why a program failed. */
  String lastLine() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i).strip();
        if (!line.isEmpty()) {
          return line;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the log cannot tell; say so
    }
    return "no message";
  }
}
