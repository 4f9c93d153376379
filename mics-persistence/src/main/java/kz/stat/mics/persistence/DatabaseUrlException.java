package kz.stat.mics.persistence;

import kz.stat.mics.domain.port.StoreException;

/**
 * The JDBC URL given for a PostgreSQL server cannot be used as it is written (not a PostgreSQL URL,
 * or it holds a password): a mistake in what the user typed, not a failure of the server.
 */
public final class DatabaseUrlException extends StoreException {
  private static final long serialVersionUID = 1L;

  DatabaseUrlException(String message) {
    super(message);
  }
}
