package kz.stat.mics.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.ApiToken;

/**
 * The store of accounts and their API tokens. Passwords and tokens arrive here already hashed: the
 * store never sees a secret. Each call is atomic.
 */
public interface Accounts {

  /** An account with the hash of its password. */
  record Credentials(Account account, String passwordHash) {}

  /**
   * Adds a new account.
   *
   * @throws kz.stat.mics.domain.account.AccountException when the name is taken
   */
  void add(Account account, String passwordHash);

  /** The account named {@code name}, with its password's hash. */
  Optional<Credentials> find(String name);

  /** Every account, by name. */
  List<Account> list();

  /**
   * Disables an account: it can no longer sign in, and its tokens are refused.
   *
   * @throws kz.stat.mics.domain.account.AccountException when there is no such account
   */
  void disable(String name);

  /**
   * Replaces the password's hash of an account.
   *
   * @throws kz.stat.mics.domain.account.AccountException when there is no such account
   */
  void changePassword(String name, String passwordHash);

  /**
   * Stores a token's hash for an account.
   *
   * @return the token as stored
   * @throws kz.stat.mics.domain.account.AccountException when there is no such account
   */
  ApiToken addToken(String account, String tokenHash, String label, Instant issuedAt);

  /** The enabled account whose unrevoked token has the hash {@code tokenHash}. */
  Optional<Account> tokenOwner(String tokenHash);

  /**
   * Revokes a token.
   *
   * @return false when there is no such token or it was revoked already
   */
  boolean revokeToken(long id, Instant at);

  /** Every token, revoked or not, oldest first. */
  List<ApiToken> tokens();
}
