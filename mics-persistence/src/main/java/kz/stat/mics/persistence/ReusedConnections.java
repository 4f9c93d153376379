package kz.stat.mics.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.tools.jdbc.DefaultConnection;

/**
 * A data source that keeps closed connections open for the next caller. Each new connection costs
 * a login: a new server process and a SCRAM exchange, about 0.1 s in a fresh JVM; a command makes
 * many calls on one or two connections. A connection handed back is rolled back if a transaction
 * was left open, and kept only if the driver still holds it open.
 *
 * <p>A connection handed out is a plain wrapper class, not PgJDBC's pooled connection: that one
 * makes a dynamic proxy class for each of {@code Connection}, {@code Statement} and
 * {@code PreparedStatement} in every JVM, which a class-data archive cannot hold, about 40 ms of
 * each command's start.
 */
public final class ReusedConnections implements DataSource, AutoCloseable {
  private final PgDataSource source;
  /** The driver's connections, open and unused. */
  private final Deque<Connection> idle = new ArrayDeque<>();
  /** Handed out and not yet closed by their users. */
  private final Set<Lent> lent = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean closed;

  /** Connections of {@code source}, each kept open once closed, until {@link #close()}. */
  public ReusedConnections(PgDataSource source) {
    this.source = source;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical;
    synchronized (this) {
      if (closed) {
        throw new SQLException("the store is closed");
      }
      physical = idle.pollFirst();
    }
    if (physical == null) {
      physical = source.getConnection();
    }
    Lent connection = new Lent(physical);
    synchronized (this) {
      lent.add(connection);
    }
    return connection;
  }

  /** Takes back what {@code connection} lent, for the next caller if it is still fit for use. */
  private void giveBack(Lent connection, Connection physical) {
    boolean keep;
    try {
      keep = !physical.isClosed();
      if (keep && !physical.getAutoCommit()) {
        physical.rollback();
        physical.setAutoCommit(true);
      }
      if (keep) {
        physical.clearWarnings();
      }
    } catch (SQLException | RuntimeException e) {
      keep = false; // a connection that cannot roll back is ended, which rolls back on the server
    }
    synchronized (this) {
      lent.remove(connection);
      if (keep && !closed) {
        idle.addFirst(physical);
        return;
      }
    }
    closeQuietly(physical);
  }

  private static void closeQuietly(Connection physical) {
    try {
      physical.close();
    } catch (SQLException e) {
      // the connection is gone either way
    }
  }

  /** Whether every connection handed out has been closed by its user. */
  public synchronized boolean allIdle() {
    return lent.isEmpty();
  }

  /** Closes the idle connections; those still in use close when their users close them. */
  @Override
  public void close() {
    List<Connection> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(idle);
      idle.clear();
    }
    toClose.forEach(ReusedConnections::closeQuietly);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the store's roles are fixed");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no log
  }

  @Override
  public void setLoginTimeout(int seconds) {
    source.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return source.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging here");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /**
   * A connection as its user sees it: closing it hands the driver's connection back. Once closed,
   * it refuses every use, since the driver's connection may be someone else's by then: with an
   * {@link IllegalStateException}, or an {@link SQLException} where JDBC says so. Its statements'
   * {@code getConnection()} is the driver's connection, as in plain PgJDBC.
   */
  private final class Lent extends DefaultConnection {
    private Connection physical;

    Lent(Connection physical) {
      super(physical);
      this.physical = physical;
    }

    @Override
    public synchronized Connection getDelegate() {
      if (physical == null) {
        throw new IllegalStateException("this connection is closed");
      }
      return physical;
    }

    @Override
    public synchronized boolean isClosed() {
      return physical == null;
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
      return !isClosed() && super.isValid(timeout);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      checkOpen();
      return super.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      checkOpen();
      return super.isWrapperFor(type);
    }

    /** Ends the driver's connection at once, and with it this one. */
    @Override
    public void abort(Executor executor) throws SQLException {
      checkOpen();
      super.abort(executor);
      close();
    }

    private void checkOpen() throws SQLException {
      if (isClosed()) {
        throw new SQLException("this connection is closed", "08003");
      }
    }

    @Override
    public void close() {
      Connection handedBack;
      synchronized (this) {
        handedBack = physical;
        physical = null;
      }
      if (handedBack != null) {
        giveBack(this, handedBack);
      }
    }
  }
}
