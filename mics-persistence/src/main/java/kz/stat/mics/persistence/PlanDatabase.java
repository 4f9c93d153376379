package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.Accounts;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.StreamedPlans;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.TimeSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.Driver;

/**
 * Where the plans are kept: a PostgreSQL server named by a JDBC URL, a {@link DataSource} handed in
 * by a service that embeds mics, or a server that another module runs (the embedded store, see
 * {@link #onServer}). It migrates the schema (Flyway) on first use and refuses a schema newer than
 * this program.
 */
public final class PlanDatabase implements AutoCloseable {
  private static final String LOCATION = "classpath:db/migration";
  /** The description of a data source handed in as it is: its messages name its server. */
  private static final String GIVEN = "the given data source";

  /**
   * The version of the newest migration in db/migration; raise it with every new script (a test
   * holds the two together). It lets an up-to-date database skip Flyway's classpath scan at start.
   */
  static final String SCHEMA_VERSION = "17";

  private final DataSource dataSource;
  private final DataSource schemaOwner;
  private final String runtimeRole;
  private final String description;
  private final AutoCloseable server;
  private Plans plans;
  private Accounts accounts;
  private boolean closed;

  private PlanDatabase(DataSource dataSource, DataSource schemaOwner, String runtimeRole,
      String description, AutoCloseable server) {
    this.dataSource = dataSource;
    this.schemaOwner = schemaOwner;
    this.runtimeRole = runtimeRole;
    this.description = description;
    this.server = server;
  }

  /**
   * Checks a PostgreSQL JDBC URL as the user wrote it, without connecting: it must be a PostgreSQL
   * URL and must not hold a password.
   *
   * @return the URL's properties, as PgJDBC reads them
   * @throws DatabaseUrlException saying what is wrong and what to write instead
   */
  public static Properties checkUrl(String jdbcUrl) {
    checkNotNull(jdbcUrl, "jdbcUrl");
    Properties p = jdbcUrl.startsWith("jdbc:postgresql:")
        ? Driver.parseURL(jdbcUrl, new Properties()) : null;
    if (p == null) {
      throw new DatabaseUrlException("Not a PostgreSQL JDBC URL: " + oneLine(jdbcUrl)
          + "; give one such as jdbc:postgresql://localhost:5432/mics.");
    }
    boolean password = p.stringPropertyNames().stream()
        .anyMatch(k -> k.toLowerCase(Locale.ROOT).equals("password"))
        || jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")
        || p.getProperty("PGHOST", "").contains("@");
    if (password) {
      throw new DatabaseUrlException("The database URL must not hold a password; put it in"
          + " PGPASSWORD or ~/.pgpass instead.");
    }
    return p;
  }

  /**
   * Connects to a running PostgreSQL server. The user comes from the URL, else PGUSER, else the
   * operating system's user; the password from PGPASSWORD or the password file (~/.pgpass), never
   * from the URL, which may be seen in a process list or a shell history. Each use logs in anew,
   * as a program that runs long and serves many at once needs.
   *
   * @throws DatabaseUrlException when the URL is not a PostgreSQL URL or holds a password
   * @throws StoreException when the server cannot be reached
   */
  public static PlanDatabase connect(String jdbcUrl) {
    return connect(jdbcUrl, false);
  }

  /**
   * Connects as {@link #connect} does, for one command: it logs in once, and a connection, once
   * closed, is kept for the next use until {@link #close()}. A login is a SCRAM exchange and a new
   * server process; a command used to make three.
   *
   * @throws DatabaseUrlException when the URL is not a PostgreSQL URL or holds a password
   * @throws StoreException when the server cannot be reached
   */
  public static PlanDatabase connectForCommand(String jdbcUrl) {
    return connect(jdbcUrl, true);
  }

  private static PlanDatabase connect(String jdbcUrl, boolean once) {
    Properties p = checkUrl(jdbcUrl);
    String host = p.getProperty("PGHOST", "localhost").split(",")[0];
    int port = Integer.parseInt(p.getProperty("PGPORT", "5432").split(",")[0]);
    String database = p.getProperty("PGDBNAME", "");
    String user = firstPresent(p.getProperty("user"), System.getenv("PGUSER"),
        System.getProperty("user.name"));
    String password = Optional.ofNullable(System.getenv("PGPASSWORD"))
        .or(() -> PgPass.standard().password(host, port, database, user))
        .orElse(null);
    PgDataSource ds = new PgDataSource();
    ds.setURL(jdbcUrl);
    ds.setUser(user);
    if (password != null) {
      ds.setPassword(password);
    }
    String where = "the PostgreSQL server at " + host + ":" + port + "/" + database;
    ReusedConnections reused = once ? new ReusedConnections(ds) : null;
    DataSource source = once ? reused : ds;
    try (Connection c = source.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      if (reused != null) {
        reused.close();
      }
      throw new StoreException("Cannot reach " + where + " as user " + user + ": "
          + oneLine(e.getMessage()) + "; check the URL, the server and the password.", e);
    }
    return new PlanDatabase(source, source, null, where, reused);
  }

  /**
   * A database on a server that the caller runs, with the schema's owner and the program's role
   * kept apart, as the embedded store does. {@code schemaOwner} migrates the schema and then grants
   * {@code runtimeRole} exactly what the store needs ({@link #runtimeGrants}); {@code runtime}, a
   * data source that logs in as that role, does everything else. {@link #close()} closes
   * {@code server}, which stops what the caller started.
   */
  public static PlanDatabase onServer(DataSource schemaOwner, DataSource runtime,
      String runtimeRole, String description, AutoCloseable server) {
    checkArgument(runtimeRole.matches("[a-z_][a-z0-9_]*"), "not a plain role name: %s",
        runtimeRole);
    return new PlanDatabase(checkNotNull(runtime, "runtime"),
        checkNotNull(schemaOwner, "schemaOwner"), runtimeRole,
        checkNotNull(description, "description"), checkNotNull(server, "server"));
  }

  /**
   * The statements, run by the schema's owner after each migration, that give the program's role
   * what the store needs and nothing more: it reads and appends, never updates, deletes or
   * truncates. README.md shows them for a server given by URL.
   */
  public static ImmutableList<String> runtimeGrants(String role) {
    checkArgument(role.matches("[a-z_][a-z0-9_]*"), "not a plain role name: %s", role);
    return ImmutableList.of(
        "revoke all on all tables in schema public from " + role,
        "revoke all on all sequences in schema public from " + role,
        "grant usage on schema public to " + role,
        "grant select, insert on all tables in schema public to " + role,
        "revoke insert on flyway_schema_history from " + role,
        // The counts of activities by due day are kept by triggers that run as the schema's owner.
        "revoke insert on activity_due_day from " + role,
        // So are the intervals progress closed an activity over, and their counts (V14).
        "revoke insert on progress_closed from " + role,
        "revoke insert on activity_closed_day from " + role,
        // A save locks its plan's row (select ... for update), which PostgreSQL allows only with
        // UPDATE on some column: the identity column, whose value no update can change.
        "grant update (id) on plan to " + role,
        // Accounts are disabled and re-keyed, tokens revoked: those columns only, nothing deleted.
        "grant update (password_hash, disabled) on account to " + role,
        "grant update (revoked_at) on api_token to " + role,
        "grant usage on all sequences in schema public to " + role);
  }

  /** Uses a data source that the caller owns: no server is started and no pool is opened. */
  public static PlanDatabase of(DataSource dataSource) {
    checkNotNull(dataSource, "dataSource");
    return new PlanDatabase(dataSource, dataSource, null, GIVEN, null);
  }

  /** The data source the store works through (the program's role on a server with two roles). */
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
      grantRuntimeRole();
      return new MigrationInfo(before.current(), before.programVersion(),
          result.migrationsExecuted);
    } catch (FlywayValidateException e) {
      throw new StoreException("The schema history of " + description + " does not match this "
          + "program's migrations (" + validationFailure(e.getMessage()) + "); nothing was "
          + "changed. If the schema is as this program expects, run: mics db repair", e);
    } catch (FlywayException e) {
      throw new StoreException("Could not bring the schema of " + description
          + " up to date: " + migrationFailure(e), e);
    }
  }

  /**
   * Makes the schema history agree with this program's migrations again: removes the entries of
   * failed migrations and takes the checksums and descriptions of the scripts as they are now. It
   * changes no table but the history, so it is for a schema that is right while its history is not.
   *
   * @return what was changed, one line each; empty when the history was in order
   * @throws StoreException when the schema is newer than this program, or the repair fails
   */
  public synchronized ImmutableList<String> repair() {
    refuseNewer(info());
    try {
      RepairResult result = flyway().repair();
      ImmutableList.Builder<String> changes = ImmutableList.builder();
      result.migrationsRemoved.forEach(m ->
          changes.add("version " + m.version + " (" + m.description + "): failed entry removed"));
      result.migrationsDeleted.forEach(m ->
          changes.add("version " + m.version + " (" + m.description + "): marked as deleted"));
      result.migrationsAligned.forEach(m ->
          changes.add("version " + m.version + " (" + m.description + "): checksum realigned"));
      return changes.build();
    } catch (FlywayException e) {
      throw new StoreException("Could not repair the schema history of " + description + ": "
          + oneLine(e.getMessage()), e);
    }
  }

  /**
   * The first finding of a Flyway validation, in one line: its message lists every finding over
   * several lines, each with advice meant for Flyway's own command line.
   */
  private static String validationFailure(String message) {
    if (message == null) {
      return "no reason given";
    }
    return message.lines()
        .map(String::strip)
        .filter(l -> l.startsWith("Migration ") || l.startsWith("Detected "))
        .map(l -> l.replaceFirst("\\.? *(Please|Either) .*$", "").replaceFirst("\\.$", ""))
        .findFirst()
        .orElseGet(() -> oneLine(message));
  }

  /** Grants the program's role its rights on every table, new ones included, in one transaction. */
  private void grantRuntimeRole() {
    if (runtimeRole == null) {
      return;
    }
    try (Connection c = schemaOwner.getConnection(); java.sql.Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      for (String grant : runtimeGrants(runtimeRole)) {
        s.execute(grant);
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("Could not grant the role " + runtimeRole + " its rights on "
          + description + ": " + oneLine(e.getMessage()), e);
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
          + oneLine(e.getMessage()), e);
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
      plans = description.equals(GIVEN) ? new JooqPlans(dataSource)
          : new JooqPlans(dataSource, TimeSource.system(), List.of(), description);
    }
    return plans;
  }

  /**
   * The store that takes a plan as a stream of parts, in memory that does not grow with the plan:
   * the same store as {@link #plans()}.
   */
  public synchronized StreamedPlans streamedPlans() {
    return (JooqPlans) plans();
  }

  /**
   * The monitoring views answered by SQL on this database, after the schema is migrated (on the
   * first call).
   *
   * @throws StoreException when the schema is newer than this program; the database is not touched
   */
  public synchronized PlanQueries queries() {
    plans();
    return new JooqPlanQueries(dataSource);
  }

  /**
   * The store of accounts and API tokens, after the schema is migrated (on the first call).
   *
   * @throws StoreException when the schema is newer than this program; the database is not touched
   */
  public synchronized Accounts accounts() {
    if (accounts == null) {
      plans();
      accounts = new JooqAccounts(dataSource);
    }
    return accounts;
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

  /**
   * Stops the server that was handed in with {@link #onServer}, if any, or closes the connections
   * kept by {@link #connectForCommand}; the data stays.
   */
  @Override
  public synchronized void close() {
    if (server == null || closed) {
      return;
    }
    closed = true;
    try {
      server.close();
    } catch (StoreException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException("The server of " + description + " did not stop cleanly: "
          + oneLine(e.getMessage()), e);
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
    FluentConfiguration configuration = Flyway.configure();
    // One connection: each migration and its row in the schema history commit together. By
    // default Flyway keeps the history on a second connection on PostgreSQL (to hold its lock in a
    // transaction), and a command killed between the two commits left a migration applied but not
    // recorded, which the next run applied again and failed on.
    configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class)
        .setTransactionalLock(false);
    return configuration
        .dataSource(schemaOwner)
        .locations(LOCATION)
        .cleanDisabled(true)
        .loggers("slf4j")
        .load();
  }

  /**
   * Why a migration failed, in one line: Flyway's first line names the script, and the server's
   * own error (on a later line of Flyway's message) says what went wrong in it.
   */
  private static String migrationFailure(FlywayException e) {
    String failure = oneLine(e.getMessage());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof java.sql.SQLException sql && sql.getMessage() != null) {
        return failure + " (" + oneLine(sql.getMessage())
            + (sql.getSQLState() == null ? "" : ", SQL state " + sql.getSQLState()) + ")";
      }
    }
    return failure;
  }

  /** The first line of a message, for errors that must fit on one line. */
  private static String oneLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
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
