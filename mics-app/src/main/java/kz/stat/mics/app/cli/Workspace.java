package kz.stat.mics.app.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import kz.stat.mics.app.CompositionRoot;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the plans are kept: the global {@code --db} and {@code --data-dir} options, and the wiring
 * over the database they name, opened on first use and closed when the command ends.
 */
final class Workspace implements AutoCloseable {

  @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
      description = "A PostgreSQL server, e.g. jdbc:postgresql://host:5432/mics (default: "
          + "$MICS_DB_URL, else the embedded store). The password comes from PGPASSWORD or "
          + "~/.pgpass.")
  String db;

  @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "The embedded store's directory (default: $XDG_DATA_HOME/mics, else "
          + "~/.local/share/mics).")
  Path dataDir;

  @Option(names = "--lock-wait", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
      description = "How long a command waits for the embedded store while the commands queued "
          + "before it make no progress (default: 60).")
  long lockWaitSeconds = CompositionRoot.DEFAULT_LOCK_WAIT.toSeconds();

  @Option(names = "--max-size", scope = ScopeType.INHERIT, paramLabel = "MB",
      description = "The largest document read, in MB (default: 64).")
  long maxSizeMb = CompositionRoot.DEFAULT_MAX_DOCUMENT_MB;

  private CompositionRoot root;

  /** The use cases over the store these options name; the store opens on first use. */
  synchronized CompositionRoot root() {
    return root(false);
  }

  /**
   * The use cases over the store these options name, opened now and shared for a long-running
   * program: commands run meanwhile on the same embedded store use its server.
   */
  synchronized CompositionRoot servingRoot() {
    return root(true);
  }

  private CompositionRoot root(boolean serving) {
    if (root == null) {
      if (lockWaitSeconds < 0) {
        throw UserError.usage("--lock-wait must be 0 or more seconds, not " + lockWaitSeconds);
      }
      if (maxSizeMb < 1 || maxSizeMb > 1024 * 1024) {
        throw UserError.usage("--max-size must be from 1 to 1048576 MB, not " + maxSizeMb);
      }
      try {
        Optional<String> url = Optional.ofNullable(serverUrl());
        Duration wait = Duration.ofSeconds(lockWaitSeconds);
        root = (serving ? CompositionRoot.serving(url, embeddedDirectory(), wait)
            : CompositionRoot.of(url, embeddedDirectory(), wait))
            .withMaxDocumentBytes(maxSizeMb * 1024 * 1024);
      } catch (IllegalArgumentException e) {
        // what the user typed, not a failing server: a usage error
        throw UserError.usage("--db: " + e.getMessage());
      }
    }
    return root;
  }

  /** The server's URL from --db, else MICS_DB_URL; null or blank for the embedded store. */
  private String serverUrl() {
    return db != null ? db : System.getenv("MICS_DB_URL");
  }

  Path embeddedDirectory() {
    if (dataDir != null) {
      return dataDir.toAbsolutePath();
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Paths.get(xdg, "mics");
    }
    return Paths.get(System.getProperty("user.home"), ".local", "share", "mics");
  }

  @Override
  public synchronized void close() {
    if (root != null) {
      root.close();
      root = null;
    }
  }
}
