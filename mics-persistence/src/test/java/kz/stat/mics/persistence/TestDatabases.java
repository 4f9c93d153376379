package kz.stat.mics.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for the integration tests, all on one PostgreSQL per test JVM: the embedded
 * one, or the server that MICS_TEST_DB_URL names (its user needs the right to create databases).
 */
final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> CREATED = new CopyOnWriteArrayList<>();
  private static DataSource admin;
  private static String adminUrl;
  private static String template;

  private TestDatabases() {}

  /** A new, empty database, not yet migrated. */
  static DataSource fresh() {
    return create("template0");
  }

  /** A new database with the schema migrated: a copy of one migrated once per test JVM. */
  static synchronized DataSource migrated() {
    if (template == null) {
      DataSource t = fresh();
      PlanDatabase.of(t).migrate();
      template = databaseOf(t);
    }
    return create(template);
  }

  private static DataSource create(String from) {
    String name = "mics_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name + " encoding 'UTF8' template " + from);
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(urlOf(name));
    PGSimpleDataSource a = (PGSimpleDataSource) admin;
    ds.setUser(a.getUser());
    if (a.getPassword() != null) {
      ds.setPassword(a.getPassword());
    }
    return ds;
  }

  private static String databaseOf(DataSource ds) {
    return ((PGSimpleDataSource) ds).getDatabaseName();
  }

  private static synchronized DataSource admin() {
    if (admin == null) {
      String url = System.getenv("MICS_TEST_DB_URL");
      if (url != null && !url.isBlank()) {
        admin = PlanDatabase.connect(url).dataSource();
        adminUrl = url;
        // A shared server keeps nothing of the tests: their databases go when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated));
      } else {
        try {
          EmbeddedPostgres server = EmbeddedPostgres.builder()
              .setDataDirectory(Files.createTempDirectory("mics-it-pg"))
              .setCleanDataDirectory(true)
              .start();
          admin = server.getPostgresDatabase();
          adminUrl = server.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return admin;
  }

  private static void dropCreated() {
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      for (String name : CREATED) {
        s.execute("drop database if exists " + name + " with (force)");
      }
    } catch (SQLException e) {
      // Best effort at exit: a database left behind is named for its test run.
    }
  }

  private static String urlOf(String database) {
    Properties p = Driver.parseURL(adminUrl, new Properties());
    return "jdbc:postgresql://" + p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT") + "/"
        + database;
  }

  /** {@code db} with each session switched to {@code role}, which then holds only its grants. */
  static DataSource as(DataSource db, String role) {
    PGSimpleDataSource admin = (PGSimpleDataSource) db;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(admin.getURL());
    ds.setUser(admin.getUser());
    ds.setPassword(admin.getPassword());
    ds.setOptions("-c role=" + role);
    return ds;
  }

  /** Runs one statement on {@code db}. */
  static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The rows {@code sql} answers on {@code db}, each its values joined by spaces. */
  static List<String> rows(DataSource db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? " " : "").append(r.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }
}
