package kz.stat.mics.embedded;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.persistence.PlanDatabase;
import kz.stat.mics.persistence.ReusedConnections;

/**
 * The embedded store: a PostgreSQL server of its own, started on a data directory for the time a
 * command runs and stopped after it. It is private to the user who owns the directory: no TCP port,
 * a socket in a directory only the owner can enter, password logins only (the password in a file
 * only the owner can read), and the program works through a role that can neither change nor delete
 * recorded progress.
 *
 * <p>Layout of the data directory (mode 0700): {@code pgdata/} the cluster, {@code bin/} the unpacked
 * server programs, {@code password}, {@code run/} the socket, {@code postgres.log}, {@code mics.lock}
 * and {@code queue/} for taking turns.
 */
public final class EmbeddedStore {
  /** How long a command waits for the queue to move before it gives up, unless told otherwise. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

  static final String SUPERUSER = "postgres";
  static final String OWNER = "mics_owner";
  static final String RUNTIME = "mics";

  private static final Duration ORPHAN_WAIT = Duration.ofSeconds(30);
  /** Room for a unix socket's path, with a margin below the kernel's 107 bytes. */
  private static final int SOCKET_PATH_LIMIT = 100;

  private EmbeddedStore() {}

  /** Opens the store in {@code dataDir}, waiting {@link #DEFAULT_LOCK_WAIT} for other commands. */
  public static PlanDatabase open(Path dataDir) {
    return open(dataDir, DEFAULT_LOCK_WAIT);
  }

  /**
   * Opens the store in {@code dataDir}: creates it on first use (or finishes a first use that was
   * killed), upgrades a store made by an older version to the private setup, starts its server and
   * migrates the schema. The returned database stops the server on {@link PlanDatabase#close()}.
   *
   * @param lockWait how long to wait while the queue of commands before this one does not move
   * @throws StoreException when the store cannot be opened, saying why and what to do
   */
  public static PlanDatabase open(Path dataDir, Duration lockWait) {
    return open(dataDir, lockWait, false);
  }

  /**
   * Opens the store in {@code dataDir} for a program that runs long, such as the web server, and
   * shares its server: while it is open, commands on the same directory use this running server
   * (through its private socket, with the store's password) instead of waiting for it to finish.
   * Closing it stops the server; a command using it at that moment fails with the store's message.
   *
   * @throws StoreException as {@link #open(Path, Duration)} does, and when another program serves
   *     the store already
   */
  public static PlanDatabase serve(Path dataDir, Duration lockWait) {
    return open(dataDir, lockWait, true);
  }

  private static PlanDatabase open(Path dataDir, Duration lockWait, boolean share) {
    checkNotNull(dataDir, "dataDir");
    checkArgument(!lockWait.isNegative(), "lockWait must not be negative: %s", lockWait);
    Path dir = dataDir.toAbsolutePath().normalize();
    StoreLock lock = null;
    Server server = null;
    try {
      OwnerOnly.directory(dir);
      if (share && SharedServer.socket(dir).isPresent()) {
        throw new StoreException("The store in " + dir + " is served already by another mics "
            + "server; stop that one first, or use the one that runs.");
      }
      if (!share) {
        Optional<PlanDatabase> shared = attach(dir);
        if (shared.isPresent()) {
          return shared.get();
        }
        lock = StoreLock.acquire(dir, lockWait, () -> SharedServer.socket(dir).isPresent());
        if (lock == null) {
          shared = attach(dir);
          if (shared.isPresent()) {
            return shared.get();
          }
        }
      }
      if (lock == null) {
        lock = StoreLock.acquire(dir, lockWait);
      }
      // a note left by a server that was killed speaks of nothing now
      SharedServer.withdraw(dir);
      // The store is ours now: a server still running on its data is an orphan of a killed run.
      StoreLock.stopOrphanedServer(Cluster.pgdata(dir), ORPHAN_WAIT);
      Binaries binaries = Binaries.in(dir.resolve("bin"));
      Path passwordFile = dir.resolve("password");
      String password = Secret.in(passwordFile);
      Cluster cluster = Cluster.in(dir, binaries, passwordFile);
      boolean setUp = Access.current(cluster);
      if (setUp && !cluster.hbaIsOurs()) {
        cluster.writeHba();
      }
      server = startServer(cluster, socketDirectory(dir));
      if (!setUp) {
        Access.setUp(cluster, server, password);
      }
      Server running = server;
      StoreLock held = lock;
      ReusedConnections owner = server.reusedDataSource(OWNER, password);
      ReusedConnections runtime = server.reusedDataSource(RUNTIME, password);
      Thread hook = new Thread(running::stopQuietly, "mics-embedded-postgres-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      AutoCloseable stop = () -> {
        try {
          if (share) {
            SharedServer.HELD_HERE.remove(dir);
            SharedServer.withdraw(dir);
          }
          owner.close();
          runtime.close();
          if (!share && owner.allIdle() && runtime.allIdle()) {
            running.closeIdle(); // no session open: it can end without pg_ctl
          } else {
            running.close();
          }
        } finally {
          StoreLock.releaseQuietly(held);
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the hook runs now or has run; the server is stopped either way
          }
        }
      };
      PlanDatabase database = PlanDatabase.onServer(owner, runtime, RUNTIME, "the embedded PostgreSQL in " + dir, stop);
      if (!setUp) {
        try {
          database.migrate();
          Access.markDone(cluster);
        } catch (IOException | RuntimeException e) {
          database.close();
          throw e;
        }
      }
      if (share) {
        SharedServer.HELD_HERE.add(dir);
        SharedServer.announce(dir, server);
      }
      return database;
    } catch (StoreException e) {
      stop(server, lock);
      throw e;
    } catch (IOException | SQLException | RuntimeException e) {
      stop(server, lock);
      throw new StoreException("The embedded PostgreSQL could not start in " + dir + " ("
          + reason(e) + "); pass --db with the JDBC URL of a running PostgreSQL server instead.", e);
    }
  }

  /**
   * The store through the server another program shares on {@code dir}, when there is one that
   * answers; the returned database closes only its own connections.
   */
  private static Optional<PlanDatabase> attach(Path dir) throws IOException {
    Optional<Path> socket = SharedServer.socket(dir);
    if (socket.isEmpty()) {
      return Optional.empty();
    }
    String password = Secret.in(dir.resolve("password"));
    ReusedConnections owner = Server.reusedDataSource(socket.get(), OWNER, password);
    ReusedConnections runtime = Server.reusedDataSource(socket.get(), RUNTIME, password);
    try {
      runtime.getConnection().close();
    } catch (SQLException e) {
      // it stopped in between: take turns as usual
      owner.close();
      runtime.close();
      return Optional.empty();
    }
    AutoCloseable disconnect = () -> {
      try {
        owner.close();
      } finally {
        runtime.close();
      }
    };
    return Optional.of(PlanDatabase.onServer(owner, runtime, RUNTIME,
        "the embedded PostgreSQL in " + dir + ", served by a running mics server", disconnect));
  }

  /**
   * Starts the cluster's server. A command killed while its server began to start can leave that
   * server running, not yet named in postmaster.pid when this command looked for it: this start
   * then fails, as PostgreSQL finds it; it is stopped, and the start is tried once more.
   */
  static Server startServer(Cluster cluster, Path socketDir) throws IOException {
    try {
      return Server.start(cluster, socketDir);
    } catch (StoreException e) {
      if (StoreLock.runningServer(cluster.pgdata()).isEmpty()) {
        throw e;
      }
      StoreLock.stopOrphanedServer(cluster.pgdata(), ORPHAN_WAIT);
      return Server.start(cluster, socketDir);
    }
  }

  private static void stop(Server server, StoreLock lock) {
    if (server != null) {
      server.stopQuietly();
    }
    StoreLock.releaseQuietly(lock);
  }

  /**
   * A directory of mode 0700 for the server's socket: {@code dataDir/run} when the socket's path
   * fits the kernel's limit, else one named for the store in the user's runtime directory or the
   * temporary directory, which must then be this user's own and private.
   */
  static Path socketDirectory(Path dataDir) throws IOException {
    Path near = dataDir.resolve("run");
    String socket = near.resolve(".s.PGSQL." + Server.PORT).toString();
    if (socket.getBytes(StandardCharsets.UTF_8).length <= SOCKET_PATH_LIMIT
        && !socket.matches(".*[\\s,\"\\\\].*")) {
      return OwnerOnly.directory(near);
    }
    String runtime = System.getenv("XDG_RUNTIME_DIR");
    Path base = runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
        ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir"));
    String name = "mics-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9_.-]", "_")
        + "-" + Hashing.sha256().hashString(dataDir.toString(), StandardCharsets.UTF_8)
            .toString().substring(0, 12);
    Path far = base.resolve(name);
    try {
      Files.createDirectory(far, PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY));
    } catch (FileAlreadyExistsException e) {
      // checked below: it must be ours and private, not someone's trap
    }
    if (Files.isSymbolicLink(far) || !Files.isDirectory(far, LinkOption.NOFOLLOW_LINKS)
        || !Files.getOwner(far, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(dataDir))
        || !Files.getPosixFilePermissions(far, LinkOption.NOFOLLOW_LINKS)
            .equals(OwnerOnly.DIRECTORY)) {
      throw new StoreException("The folder " + far + " for the store's socket is not private to"
          + " this user (a directory of mode 0700 owned by them); remove it and run mics again.");
    }
    return far;
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("cannot be run as root") || m.contains("unshare")) {
        return "PostgreSQL cannot be run as root and this machine forbids the user namespace it would"
            + " need";
      }
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.strip().lines().findFirst().orElse(m);
  }
}
