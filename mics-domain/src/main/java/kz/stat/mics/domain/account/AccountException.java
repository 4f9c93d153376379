package kz.stat.mics.domain.account;

/**
 * An account operation refused for the user's data: a name already taken, no such account, a
 * password too short. The message says which, in one line.
 */
public final class AccountException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}
