package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import com.google.common.base.CharMatcher;
import com.google.common.hash.Hasher;
import java.util.List;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.account.ApiToken;
import kz.stat.mics.domain.account.NotAllowedException;
import kz.stat.mics.domain.port.Accounts;
import kz.stat.mics.domain.port.PasswordHashes;
import kz.stat.mics.domain.port.TimeSource;

/**
 * Creates, lists, disables and re-keys accounts, and issues and revokes their API tokens. Only an
 * admin (or the store's operator) may; an account may change its own password.
 */
public final class ManageAccounts {
  /** The shortest password accepted. */
  public static final int MIN_PASSWORD = 8;

  private final Accounts accounts;
  private final PasswordHashes hashes;
  private final TimeSource time;

  public ManageAccounts(Accounts accounts, PasswordHashes hashes, TimeSource time) {
    this.accounts = checkNotNull(accounts, "accounts");
    this.hashes = checkNotNull(hashes, "hashes");
    this.time = checkNotNull(time, "time");
  }

  /** A token just issued: its secret is shown once and never stored. */
  public record IssuedToken(ApiToken token, String secret) {}

  /**
   * Adds an account with {@code password}, stored hashed.
   *
   * @throws AccountException when the name is taken or the password too short
   * @throws NotAllowedException when {@code actor} may not manage accounts
   */
  public Account add(Actor actor, Account account, CharSequence password) {
    allowed(actor);
    checkPassword(password);
    accounts.add(account, hashes.hash(password));
    return account;
  }

  /** Every account, by name. */
  public List<Account> list(Actor actor) {
    allowed(actor);
    return accounts.list();
  }

  /** Disables an account; its sessions and tokens are refused from then on. */
  public void disable(Actor actor, String name) {
    allowed(actor);
    accounts.disable(name);
  }

  /** Sets a new password: an admin for anyone, an account for itself. */
  public void changePassword(Actor actor, String name, CharSequence password) {
    if (!actor.name().equals(name) || actor instanceof Actor.Operator) {
      allowed(actor);
    }
    checkPassword(password);
    accounts.find(name).orElseThrow(() -> unknown(name));
    accounts.changePassword(name, hashes.hash(password));
  }

  /** Issues a new API token for {@code account}; the secret is in the answer only. */
  public IssuedToken issueToken(Actor actor, String account, String label) {
    allowed(actor);
    Account owner = accounts.find(account).orElseThrow(() -> unknown(account)).account();
    if (owner.disabled()) {
      throw new AccountException("the account " + account + " is disabled");
    }
    String secret = hashes.newToken();
    ApiToken token = accounts.addToken(account, tokenHash(secret), label.strip(), time.now());
    return new IssuedToken(token, secret);
  }

  /**
   * Revokes a token.
   *
   * @throws AccountException when there is no such token, or it was revoked already
   */
  public void revokeToken(Actor actor, long id) {
    allowed(actor);
    if (!accounts.revokeToken(id, time.now())) {
      throw new AccountException("no API token " + id + " is in use");
    }
  }

  /** Every token, revoked or not. */
  public List<ApiToken> tokens(Actor actor) {
    allowed(actor);
    return accounts.tokens();
  }

  /**
   * How a token's secret is stored: the SHA-256 of its ASCII bytes, in hex. Issued secrets are
   * ASCII; any other text gets a value that is no hash, so it matches no token.
   */
  static String tokenHash(String secret) {
    if (!CharMatcher.ascii().matchesAllOf(secret)) {
      return "not a token";
    }
    Hasher h = Hashing.sha256().newHasher();
    for (int i = 0; i < secret.length(); i++) {
      h.putByte((byte) secret.charAt(i));
    }
    return h.hash().toString();
  }

  private static void allowed(Actor actor) {
    checkNotNull(actor, "actor");
    if (!actor.mayManageAccounts()) {
      throw new NotAllowedException(actor.name() + " may not manage accounts");
    }
  }

  private static void checkPassword(CharSequence password) {
    checkNotNull(password, "password");
    if (password.length() < MIN_PASSWORD) {
      throw new AccountException("a password has at least " + MIN_PASSWORD + " characters");
    }
  }

  private static AccountException unknown(String name) {
    return new AccountException("no account is named " + name);
  }
}
