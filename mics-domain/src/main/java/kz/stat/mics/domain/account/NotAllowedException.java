package kz.stat.mics.domain.account;

/** An actor asked for something its role does not allow; nothing was changed. */
public final class NotAllowedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAllowedException(String message) {
    super(message);
  }
}
