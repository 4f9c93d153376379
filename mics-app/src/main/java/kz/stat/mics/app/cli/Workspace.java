package kz.stat.mics.app.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.persistence.DatabaseUrlException;
import kz.stat.mics.persistence.PlanDatabase;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the plans are kept: the global {@code --db} and {@code --data-dir} options, and the database
 * they name, opened on first use and closed when the command ends.
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
  long lockWaitSeconds = EmbeddedStore.DEFAULT_LOCK_WAIT.toSeconds();

  private PlanDatabase database;

  /** The database, started or connected on first use. */
  synchronized PlanDatabase database() {
    if (database == null) {
      String url = serverUrl();
      if (url != null && !url.isBlank()) {
        try {
          database = PlanDatabase.connect(url);
        } catch (DatabaseUrlException e) {
          // what the user typed, not a failing server: a usage error
          throw UserError.usage("--db: " + e.getMessage());
        }
      } else {
        if (lockWaitSeconds < 0) {
          throw UserError.usage("--lock-wait must be 0 or more seconds, not " + lockWaitSeconds);
        }
        database = EmbeddedStore.open(embeddedDirectory(), Duration.ofSeconds(lockWaitSeconds));
      }
    }
    return database;
  }

  /** Today, in the plan's zone. */
  LocalDate today() {
    return TimeSource.system().today();
  }

  Plans plans() {
    return database().plans();
  }

  /** The server's URL from --db, else MICS_DB_URL; null or blank for the embedded store. */
  private String serverUrl() {
    return db != null ? db : System.getenv("MICS_DB_URL");
  }

  /** Where the plans are, for people: the server URL or the embedded store's directory. */
  String describe() {
    String url = serverUrl();
    return url != null && !url.isBlank() ? url : "embedded PostgreSQL in " + embeddedDirectory();
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
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
