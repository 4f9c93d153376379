package kz.stat.mics.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import org.postgresql.ds.PGPooledConnection;

/**
 * A data source that keeps closed connections open for the next caller. Each new connection costs
 * a login: a new server process and a SCRAM exchange, about 0.1 s in a fresh JVM; a command makes
 * many calls on one or two connections. PgJDBC's pooled connection rolls back and resets each one when
 * it is handed back.
 */
public final class ReusedConnections implements DataSource, AutoCloseable {
  private final PgDataSource source;
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  /** Handed out and not yet closed by their users. */
  private final Set<PooledConnection> lent = new HashSet<>();
  private boolean closed;

  /** Connections of {@code source}, each kept open once closed, until {@link #close()}. */
  public ReusedConnections(PgDataSource source) {
    this.source = source;
  }

  @Override
  public Connection getConnection() throws SQLException {
    PooledConnection pooled;
    synchronized (this) {
      if (closed) {
        throw new SQLException("the store is closed");
      }
      pooled = idle.pollFirst();
    }
    if (pooled == null) {
      // as PgJDBC's pooling data source makes one, with auto-commit on when handed out
      PooledConnection fresh = new PGPooledConnection(source.getConnection(), true);
      fresh.addConnectionEventListener(new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
          giveBack(fresh);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
          discard(fresh);
        }
      });
      pooled = fresh;
    }
    synchronized (this) {
      lent.add(pooled);
    }
    return pooled.getConnection();
  }

  private void giveBack(PooledConnection pooled) {
    synchronized (this) {
      lent.remove(pooled);
      if (!closed && !idle.contains(pooled)) {
        idle.addFirst(pooled);
        return;
      }
    }
    discard(pooled);
  }

  private void discard(PooledConnection pooled) {
    synchronized (this) {
      idle.remove(pooled);
      lent.remove(pooled);
    }
    try {
      pooled.close();
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
    Deque<PooledConnection> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    toClose.forEach(this::discard);
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
}
