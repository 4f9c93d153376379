package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the plans are kept: an embedded PostgreSQL in a data directory of its own, a PostgreSQL
 * server named by a JDBC URL, or a {@link DataSource} handed in by a service that embeds mics. It
 * migrates the schema (Flyway) on first use and refuses a schema newer than this program.
 */
public final class PlanDatabase implements AutoCloseable {
  private static final String LOCATION = "classpath:db/migration";

  /**
   * The version of the newest migration in db/migration; raise it with every new script (a test
   * holds the two together). It lets an up-to-date database skip Flyway's classpath scan at start.
   */
  static final String SCHEMA_VERSION = "1";
  private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(60);
  private static final java.time.Duration ORPHAN_WAIT = java.time.Duration.ofSeconds(30);

  private final DataSource dataSource;
  private final String description;
  private final EmbeddedPostgres server;
  private Plans plans;

  private final StoreLock lock;

  private PlanDatabase(DataSource dataSource, String description, EmbeddedPostgres server,
      StoreLock lock) {
    this.dataSource = dataSource;
    this.description = description;
    this.server = server;
    this.lock = lock;
  }

  /**
   * Starts (or first creates) the embedded PostgreSQL whose cluster lives in {@code dataDir/pgdata}
   * and whose binaries are unpacked under {@code dataDir/bin}. Durability is on (fsync, synchronous
   * commit); the server stops on {@link #close()} and on JVM shutdown.
   *
   * @throws StoreException when the server cannot start, saying why
   */
  public static PlanDatabase embedded(Path dataDir) {
    checkNotNull(dataDir, "dataDir");
    Path dir = dataDir.toAbsolutePath().normalize();
    Path bin = dir.resolve("bin");
    Path data = dir.resolve("pgdata");
    StoreLock lock = null;
    try {
      Files.createDirectories(bin);
      lock = StoreLock.acquire(dir, LOCK_WAIT);
      // The store is ours now: a server still running on its data is an orphan of a killed run.
      StoreLock.stopOrphanedServer(data, ORPHAN_WAIT);
      // A unix socket path is limited to about 100 bytes; a deep data directory uses /tmp instead.
      String sockets = dir.toString().length() < 80 ? dir.toString() : "/tmp";
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(bin.toFile())
          .setDataDirectory(data)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(true)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .setServerConfig("unix_socket_directories", sockets)
          .setServerConfig("listen_addresses", "localhost")
          .start();
      return new PlanDatabase(server.getPostgresDatabase(), "the embedded PostgreSQL in " + dir,
          server, lock);
    } catch (StoreException e) {
      StoreLock.releaseQuietly(lock);
      throw e;
    } catch (IOException | RuntimeException e) {
      StoreLock.releaseQuietly(lock);
      throw new StoreException("The embedded PostgreSQL could not start in " + dir + " ("
          + reason(e) + "); pass --db with the JDBC URL of a running PostgreSQL server instead.", e);
    }
  }

  /**
   * Connects to a running PostgreSQL server. The user comes from the URL, else PGUSER, else the
   * operating system's user; the password from PGPASSWORD or the password file (~/.pgpass), never
   * from the URL, which may be seen in a process list or a shell history.
   *
   * @throws StoreException when the URL is not a PostgreSQL URL, holds a password, or the server
   *     cannot be reached
   */
  public static PlanDatabase connect(String jdbcUrl) {
    checkNotNull(jdbcUrl, "jdbcUrl");
    Properties p = Driver.parseURL(jdbcUrl, new Properties());
    if (p == null) {
      throw new StoreException("Not a PostgreSQL JDBC URL: " + jdbcUrl
          + " (expected jdbc:postgresql://host:port/database).");
    }
    if (p.getProperty("password") != null) {
      throw new StoreException("The database URL must not hold a password; put it in PGPASSWORD or"
          + " ~/.pgpass instead.");
    }
    String host = p.getProperty("PGHOST", "localhost").split(",")[0];
    int port = Integer.parseInt(p.getProperty("PGPORT", "5432").split(",")[0]);
    String database = p.getProperty("PGDBNAME", "");
    String user = firstPresent(p.getProperty("user"), System.getenv("PGUSER"),
        System.getProperty("user.name"));
    String password = Optional.ofNullable(System.getenv("PGPASSWORD"))
        .or(() -> PgPass.standard().password(host, port, database, user))
        .orElse(null);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    ds.setUser(user);
    if (password != null) {
      ds.setPassword(password);
    }
    String where = "the PostgreSQL server at " + host + ":" + port + "/" + database;
    try (Connection c = ds.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new StoreException("Cannot reach " + where + " as user " + user + ": "
          + e.getMessage(), e);
    }
    return new PlanDatabase(ds, where, null, null);
  }

  /** Uses a data source that the caller owns: no server is started and no pool is opened. */
  public static PlanDatabase of(DataSource dataSource) {
    return new PlanDatabase(checkNotNull(dataSource, "dataSource"), "the given data source", null,
        null);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Brings the schema up to this program's version.
   *
   * @throws StoreException when the schema is newer than this program, or a migration fails
   */
  public synchronized MigrationInfo migrate() {
    SchemaInfo before = info();
    refuseNewer(before);
    try {
      MigrateResult result = flyway().migrate();
      return new MigrationInfo(before.current(), before.programVersion(),
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new StoreException("Could not bring the schema of " + description
          + " up to date: " + e.getMessage(), e);
    }
  }

  /** Where the schema stands against this program. */
  public SchemaInfo info() {
    try {
      org.flywaydb.core.api.MigrationInfoService info = flyway().info();
      org.flywaydb.core.api.MigrationInfo current = info.current();
      ImmutableList<String> pending = Arrays.stream(info.pending())
          .map(m -> m.getVersion().getVersion())
          .collect(ImmutableList.toImmutableList());
      boolean newer = Arrays.stream(info.all()).anyMatch(m ->
          m.getState() == MigrationState.FUTURE_SUCCESS
              || m.getState() == MigrationState.FUTURE_FAILED);
      String program = Arrays.stream(info.all())
          .filter(m -> m.getType() != null && m.getState() != MigrationState.FUTURE_SUCCESS
              && m.getState() != MigrationState.FUTURE_FAILED)
          .map(org.flywaydb.core.api.MigrationInfo::getVersion)
          .max(Comparator.naturalOrder())
          .map(v -> v.getVersion())
          .orElse("0");
      return new SchemaInfo(
          Optional.ofNullable(current).map(m -> m.getVersion().getVersion()), pending, program,
          newer);
    } catch (FlywayException e) {
      throw new StoreException("Could not read the schema version of " + description + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The store of plans, after the schema is migrated (on the first call).
   *
   * @throws StoreException when the schema is newer than this program; the database is not touched
   */
  public synchronized Plans plans() {
    if (plans == null) {
      if (!upToDate()) {
        migrate();
      }
      plans = new JooqPlans(dataSource);
    }
    return plans;
  }

  /**
   * Whether the schema history shows exactly this program's version, read with one query; anything
   * else (no history yet, older, newer, a failed step) goes the full way through Flyway.
   */
  private boolean upToDate() {
    try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery(
            "select version, success from flyway_schema_history where version is not null")) {
      MigrationVersion program = MigrationVersion.fromVersion(SCHEMA_VERSION);
      boolean current = false;
      while (r.next()) {
        MigrationVersion v = MigrationVersion.fromVersion(r.getString(1));
        if (!r.getBoolean(2) || v.compareTo(program) > 0) {
          return false;
        }
        current |= v.equals(program);
      }
      return current;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Stops the embedded server, if this database started one; the data stays. */
  @Override
  public synchronized void close() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new StoreException("The embedded PostgreSQL did not stop cleanly: " + e.getMessage(),
            e);
      } finally {
        StoreLock.releaseQuietly(lock);
      }
    }
  }

  @Override
  public String toString() {
    return description;
  }

  private void refuseNewer(SchemaInfo info) {
    if (info.newerThanProgram()) {
      throw new StoreException("The schema of " + description + " is at version "
          + info.current().orElse("?") + ", newer than this program knows (" + info.programVersion()
          + "); use a newer version of mics. Nothing was changed.");
    }
  }

  private Flyway flyway() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .cleanDisabled(true)
        .loggers("slf4j")
        .load();
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("cannot be run as root")) {
        return "PostgreSQL cannot be run as root and this machine forbids the user namespace it would"
            + " need";
      }
      if (m.contains("could not lock")) {
        return "another program is using this store";
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String firstPresent(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "postgres";
  }
}
