package kz.stat.mics.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.ApiToken;
import kz.stat.mics.domain.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Accounts} promises; the in-memory and the PostgreSQL store each run it. */
public abstract class AccountsContract {
  private static final Instant T1 = Instant.parse("2024-10-01T04:00:00Z");
  private static final Instant T2 = Instant.parse("2024-10-02T04:00:00Z");

  protected Accounts accounts;

  /** An empty store. */
  protected abstract Accounts emptyStore();

  @BeforeEach
  void open() {
    accounts = emptyStore();
  }

  @Test
  void anAccountIsFoundByItsNameWithItsRoleExecutorsAndHash() {
    accounts.add(Account.of("айгүл", Role.EDITOR, List.of("ХСД", "СТЖД")), "h1");
    accounts.add(Account.of("admin", Role.ADMIN, List.of()), "h2");

    Accounts.Credentials c = accounts.find("айгүл").orElseThrow();
    assertThat(c.account()).isEqualTo(Account.of("айгүл", Role.EDITOR, List.of("ХСД", "СТЖД")));
    assertThat(c.passwordHash()).isEqualTo("h1");
    assertThat(accounts.find("nobody")).isEmpty();
    assertThat(accounts.list()).extracting(Account::name).containsExactly("admin", "айгүл");
  }

  @Test
  void aNameIsTakenOnce() {
    accounts.add(Account.of("admin", Role.ADMIN, List.of()), "h");
    assertThatThrownBy(() -> accounts.add(Account.of("admin", Role.VIEWER, List.of()), "x"))
        .isInstanceOf(AccountException.class).hasMessage("an account is already named admin");
  }

  @Test
  void disablingAndChangingThePasswordAreKept() {
    accounts.add(Account.of("v", Role.VIEWER, List.of()), "old");
    accounts.changePassword("v", "new");
    accounts.disable("v");
    Accounts.Credentials c = accounts.find("v").orElseThrow();
    assertThat(c.passwordHash()).isEqualTo("new");
    assertThat(c.account().disabled()).isTrue();
    assertThatThrownBy(() -> accounts.disable("w")).isInstanceOf(AccountException.class)
        .hasMessage("no account is named w");
    assertThatThrownBy(() -> accounts.changePassword("w", "x"))
        .isInstanceOf(AccountException.class);
  }

  @Test
  void aTokenFindsItsOwnerUntilRevokedOrTheOwnerIsDisabled() {
    accounts.add(Account.of("bot", Role.VIEWER, List.of()), "h");
    accounts.add(Account.of("bot2", Role.VIEWER, List.of()), "h");
    ApiToken t = accounts.addToken("bot", "abc", "nightly", T1);
    ApiToken t2 = accounts.addToken("bot2", "def", "", T1);
    assertThat(t.account()).isEqualTo("bot");
    assertThat(accounts.tokenOwner("abc")).map(Account::name).contains("bot");
    assertThat(accounts.tokenOwner("nope")).isEmpty();

    assertThat(accounts.revokeToken(t.id(), T2)).isTrue();
    assertThat(accounts.revokeToken(t.id(), T2)).isFalse();
    assertThat(accounts.tokenOwner("abc")).isEmpty();

    accounts.disable("bot2");
    assertThat(accounts.tokenOwner("def")).isEmpty();
    assertThat(accounts.tokens()).containsExactly(
        new ApiToken(t.id(), "bot", "nightly", T1, Optional.of(T2)),
        new ApiToken(t2.id(), "bot2", "", T1, Optional.empty()));
    assertThatThrownBy(() -> accounts.addToken("nobody", "x", "", T1))
        .isInstanceOf(AccountException.class);
  }
}
