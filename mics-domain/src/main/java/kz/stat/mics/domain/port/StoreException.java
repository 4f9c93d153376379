package kz.stat.mics.domain.port;

/**
 * The plan store cannot do what was asked for a reason outside the plan itself: the database is out of
 * reach, its schema is newer than this program, the embedded server cannot start.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
