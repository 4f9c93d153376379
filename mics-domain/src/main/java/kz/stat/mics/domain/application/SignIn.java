package kz.stat.mics.domain.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.port.Accounts;
import kz.stat.mics.domain.port.PasswordHashes;

/**
 * Checks who someone is: a name and a password, or an API token. A disabled account, a wrong
 * password, an unknown name and a revoked token are all simply refused.
 */
public final class SignIn {
  private final Accounts accounts;
  private final PasswordHashes hashes;
  private final String decoy;

  public SignIn(Accounts accounts, PasswordHashes hashes) {
    this.accounts = checkNotNull(accounts, "accounts");
    this.hashes = checkNotNull(hashes, "hashes");
    // An unknown name costs as long as a wrong password, so timing does not tell names apart.
    this.decoy = hashes.hash("not a password of anyone");
  }

  /** The enabled account named {@code name} whose password is {@code password}. */
  public Optional<Account> withPassword(String name, CharSequence password) {
    checkNotNull(name, "name");
    checkNotNull(password, "password");
    Optional<Accounts.Credentials> found = accounts.find(name);
    boolean matches = hashes.matches(password, found.map(Accounts.Credentials::passwordHash)
        .orElse(decoy));
    return found.filter(c -> matches && !c.account().disabled()).map(Accounts.Credentials::account);
  }

  /** The enabled account that holds the unrevoked API token {@code secret}. */
  public Optional<Account> withToken(String secret) {
    checkNotNull(secret, "secret");
    return accounts.tokenOwner(ManageAccounts.tokenHash(secret));
  }

  /** The enabled account named {@code name}, as it is now (a session checks it on every request). */
  public Optional<Account> current(String name) {
    return accounts.find(name).map(Accounts.Credentials::account).filter(a -> !a.disabled());
  }
}
