package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema is migrated on one connection, so that each migration and the row that records it in
 * the schema history commit together. Flyway's default on PostgreSQL keeps the history on a
 * second connection: a command killed between the two commits left a store whose next run
 * applied that migration again and failed on it ("constraint ... does not exist").
 */
class MigrationOnOneConnectionIT {

  @Test
  void aNewDatabaseIsMigratedOnOneConnectionAtATime() throws SQLException {
    CountingDataSource counted = new CountingDataSource(TestDatabases.fresh());

    PlanDatabase.of(counted).migrate();

    assertThat(counted.mostOpenAtOnce.get()).isEqualTo(1);
    assertThat(TestDatabases.rows(counted.target,
        "select count(*) from flyway_schema_history where not success")).containsExactly("0");
  }

  /** Counts the connections open at once. */
  private static final class CountingDataSource implements DataSource {
    final DataSource target;
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger mostOpenAtOnce = new AtomicInteger();

    CountingDataSource(DataSource target) {
      this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = target.getConnection();
      mostOpenAtOnce.accumulateAndGet(open.incrementAndGet(), Math::max);
      boolean[] closed = {false};
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close") && !closed[0]) {
              closed[0] = true;
              open.decrementAndGet();
            }
            try {
              return method.invoke(c, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLException("not used");
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
