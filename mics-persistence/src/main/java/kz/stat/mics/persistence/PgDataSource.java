package kz.stat.mics.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PgJDBC's simple data source, logging in through PgJDBC's driver itself rather than through
 * {@link java.sql.DriverManager}: on its first use, the driver manager loads every JDBC driver on
 * the class path (the class path of {@code mics} holds SQLite's, which starts a logging library as
 * it loads), a cost each command paid at its start.
 */
public final class PgDataSource extends PGSimpleDataSource {
  private static final long serialVersionUID = 1L;
  private static final Driver DRIVER = new Driver();

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties login = new Properties();
    if (user != null) {
      login.setProperty("user", user);
    }
    if (password != null) {
      login.setProperty("password", password);
    }
    Connection c = DRIVER.connect(getUrl(), login);
    if (c == null) {
      throw new SQLException("not a PostgreSQL URL: " + getUrl());
    }
    return c;
  }
}
