package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/** Connections handed back are kept for the next caller, clean, and only while they work. */
class ReusedConnectionsIT {
  private final PGSimpleDataSource db = (PGSimpleDataSource) TestDatabases.fresh();
  private final ReusedConnections reused = new ReusedConnections(source());

  private PgDataSource source() {
    PgDataSource s = new PgDataSource();
    s.setURL(db.getURL());
    s.setUser(db.getUser());
    s.setPassword(db.getPassword());
    return s;
  }

  @AfterEach
  void close() {
    reused.close();
  }

  private static long backend(Connection c) throws SQLException {
    return ((Number) value(c, "select pg_backend_pid()")).longValue();
  }

  private static Object value(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }

  @Test
  void aClosedConnectionIsTheNextCallersAndNoProxy() throws SQLException {
    long first;
    try (Connection c = reused.getConnection()) {
      assertThat(Proxy.isProxyClass(c.getClass())).isFalse();
      assertThat(c.unwrap(PGConnection.class)).isNotNull();
      first = backend(c);
      assertThat(reused.allIdle()).isFalse();
    }
    assertThat(reused.allIdle()).isTrue();
    try (Connection c = reused.getConnection()) {
      assertThat(backend(c)).isEqualTo(first);
    }
  }

  @Test
  void anOpenTransactionIsRolledBackWhenHandedBack() throws SQLException {
    try (Connection c = reused.getConnection(); Statement s = c.createStatement()) {
      s.execute("create table kept (n int)");
      c.setAutoCommit(false);
      s.execute("insert into kept values (1)");
    }
    try (Connection c = reused.getConnection()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(value(c, "select count(*) from kept")).isEqualTo(0L);
    }
  }

  @Test
  void aClosedConnectionRefusesUseAndClosesTwiceQuietly() throws SQLException {
    Connection c = reused.getConnection();
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThatThrownBy(c::createStatement).isInstanceOf(IllegalStateException.class)
        .hasMessage("this connection is closed");
    assertThat(c.isValid(1)).isFalse();
    assertThatThrownBy(() -> c.unwrap(PGConnection.class)).isInstanceOf(SQLException.class)
        .hasMessage("this connection is closed");
    assertThat(reused.allIdle()).isTrue();
  }

  @Test
  void anAbortedConnectionIsHandedBackAndNotKept() throws SQLException {
    Connection c = reused.getConnection();
    long aborted = backend(c);
    Connection physical = c.unwrap(Connection.class);
    c.abort(Runnable::run);
    assertThat(c.isClosed()).isTrue();
    assertThat(physical.isClosed()).isTrue();
    assertThat(reused.allIdle()).isTrue();
    try (Connection next = reused.getConnection()) {
      assertThat(backend(next)).isNotEqualTo(aborted);
    }
  }

  @Test
  void aConnectionTheServerEndedIsNotHandedOutAgain() throws SQLException {
    long killed;
    try (Connection c = reused.getConnection()) {
      killed = backend(c);
      try (Connection admin = db.getConnection()) {
        assertThat(value(admin, "select pg_terminate_backend(" + killed + ")")).isEqualTo(true);
      }
      assertThatThrownBy(() -> backend(c)).isInstanceOf(SQLException.class);
    }
    try (Connection c = reused.getConnection()) {
      assertThat(backend(c)).isNotEqualTo(killed);
    }
  }

  @Test
  void closingTheSourceEndsIdleConnectionsAndThoseInUseWhenHandedBack() throws SQLException {
    Connection idle = reused.getConnection();
    Connection busy = reused.getConnection();
    Connection idlePhysical = idle.unwrap(Connection.class);
    Connection busyPhysical = busy.unwrap(Connection.class);
    idle.close();
    reused.close();
    assertThat(idlePhysical.isClosed()).isTrue();
    assertThat(busyPhysical.isClosed()).isFalse();
    busy.close();
    assertThat(busyPhysical.isClosed()).isTrue();
    assertThatThrownBy(reused::getConnection).isInstanceOf(SQLException.class)
        .hasMessage("the store is closed");
  }
}
