package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.persistence.PgDataSource;
import kz.stat.mics.persistence.ReusedConnections;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

/**
 * A running PostgreSQL server on a store's cluster, reachable only through a unix socket in a
 * private directory: no TCP port, durable writes.
 */
final class Server implements AutoCloseable {
  /** Names the socket file ({@code .s.PGSQL.5432}); no port is opened. */
  static final int PORT = 5432;
  private static final Duration START_WAIT = Duration.ofSeconds(60);
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);
  /** How long a smart shutdown may take before it is made a fast one. */
  private static final Duration SMART_WAIT = Duration.ofSeconds(5);

  private final Cluster cluster;
  private final Path socketFile;
  private final Process process;
  private boolean stopped;

  private Server(Cluster cluster, Path socketFile, Process process) {
    this.cluster = cluster;
    this.socketFile = socketFile;
    this.process = process;
  }

  /** Starts the server and waits until it accepts connections. */
  static Server start(Cluster cluster, Path socketDir) throws IOException {
    Path log = cluster.openLog();
    List<String> command = cluster.binaries().command("postgres", List.of(
        "-D", cluster.pgdata().toString(),
        "-c", "listen_addresses=",
        "-c", "port=" + PORT,
        "-c", "unix_socket_directories=" + socketDir,
        "-c", "unix_socket_permissions=0700",
        "-c", "password_encryption=scram-sha-256",
        "-c", "fsync=on",
        "-c", "synchronous_commit=on",
        "-c", "full_page_writes=on",
        // nothing here subscribes to a publication: no launcher to start, and to wait for at stop
        "-c", "max_logical_replication_workers=0"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("LC_MESSAGES", "C");
    Process process = builder.start();
    Server server = new Server(cluster, socketDir.resolve(".s.PGSQL." + PORT), process);
    server.awaitReady();
    return server;
  }

  /** Polls postmaster.pid until the server says it is ready, or has died. */
  private void awaitReady() {
    long deadline = System.nanoTime() + START_WAIT.toNanos();
    Path pidFile = cluster.pgdata().resolve("postmaster.pid");
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new StoreException("The embedded PostgreSQL stopped at start ("
              + cluster.lastLine() + "); see " + cluster.log() + ".");
        }
        if (ready(pidFile)) {
          return;
        }
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new StoreException("The embedded PostgreSQL did not start within "
              + START_WAIT.toSeconds() + " seconds; see " + cluster.log() + ".");
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopQuietly();
      throw new StoreException("Interrupted while the embedded PostgreSQL started.", e);
    }
  }

  /** Line 8 of postmaster.pid is the server's status; "ready" once it takes connections. */
  private boolean ready(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      return lines.size() >= 8 && lines.get(0).strip().equals(Long.toString(process.pid()))
          && lines.get(7).strip().equals("ready");
    } catch (IOException e) {
      return false;
    }
  }

  long pid() {
    return process.pid();
  }

  Path socketFile() {
    return socketFile;
  }

  /** A data source that logs in as {@code user} through the private socket. */
  PGSimpleDataSource dataSource(String user, String password) {
    PGSimpleDataSource ds = new PgDataSource();
    configure(ds, user, password);
    return ds;
  }

  /** Like {@link #dataSource}, but a closed connection is kept open for the next caller. */
  ReusedConnections reusedDataSource(String user, String password) {
    return reusedDataSource(socketFile, user, password);
  }

  /** Reused connections as {@code user} to the server, of this process or not, on {@code socket}. */
  static ReusedConnections reusedDataSource(Path socket, String user, String password) {
    PgDataSource ds = new PgDataSource();
    configure(ds, socket, user, password);
    return new ReusedConnections(ds);
  }

  private void configure(BaseDataSource ds, String user, String password) {
    configure(ds, socketFile, user, password);
  }

  @SuppressWarnings("deprecation") // socketFactoryArg: the plainest way to name the socket file
  private static void configure(BaseDataSource ds, Path socketFile, String user, String password) {
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {PORT});
    ds.setDatabaseName("postgres");
    ds.setUser(user);
    ds.setPassword(password);
    ds.setSocketFactory(UnixSocketFactory.class.getName());
    ds.setSocketFactoryArg(socketFile.toString());
    ds.setSslMode("disable");
    ds.setGssEncMode("disable");
    ds.setApplicationName("mics");
  }

  /**
   * Stops the server when no session is open: a smart shutdown (SIGTERM), which then ends as soon
   * as a fast one would, without starting pg_ctl for it (20 to 30 ms of every command). Waits for
   * it; a session open after all (someone's own client), or a shutdown that takes longer than
   * {@link #SMART_WAIT}, is made a fast shutdown.
   */
  void closeIdle() {
    stop(true);
  }

  /** Stops the server with a fast shutdown, which ends open sessions, and waits for it. */
  @Override
  public void close() {
    stop(false);
  }

  private synchronized void stop(boolean smart) {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (smart) {
        process.destroy();
        if (process.waitFor(SMART_WAIT.toSeconds(), TimeUnit.SECONDS)) {
          return;
        }
      }
      // pg_ctl only sends the signal: its own wait looks every tenth of a second, while the
      // server's exit is seen here at once
      try {
        cluster.run("pg_ctl", List.of("stop", "-D", cluster.pgdata().toString(), "-m", "fast",
            "-W"));
      } catch (IOException | RuntimeException e) {
        if (process.waitFor(1, TimeUnit.SECONDS)) {
          return; // it ended on its own just before pg_ctl looked for it
        }
        throw e;
      }
      if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new StoreException("The embedded PostgreSQL did not stop within "
            + STOP_WAIT.toSeconds() + " seconds; see " + cluster.log() + ".");
      }
    } catch (IOException e) {
      throw new StoreException("The embedded PostgreSQL did not stop cleanly: " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while the embedded PostgreSQL stopped.", e);
    }
  }

  /**
   * Stops the server with a fast shutdown, its sessions open or not: after a failed start, or as
   * the program ends abruptly; a second failure is not news.
   */
  void stopQuietly() {
    try {
      stop(false);
    } catch (RuntimeException e) {
      process.destroyForcibly();
    }
  }
}
