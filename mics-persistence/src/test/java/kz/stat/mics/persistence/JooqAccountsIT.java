package kz.stat.mics.persistence;

import kz.stat.mics.domain.port.Accounts;
import kz.stat.mics.domain.port.AccountsContract;

/** The PostgreSQL accounts keep the promises of every {@link Accounts}, on a real server. */
class JooqAccountsIT extends AccountsContract {
  @Override
  protected Accounts emptyStore() {
    return new JooqAccounts(TestDatabases.migrated());
  }
}
