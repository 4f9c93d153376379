package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkNotNull;
import static kz.stat.mics.persistence.schema.Tables.ACCOUNT;
import static kz.stat.mics.persistence.schema.Tables.ACCOUNT_EXECUTOR;
import static kz.stat.mics.persistence.schema.Tables.API_TOKEN;

import com.google.common.collect.ImmutableSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.ApiToken;
import kz.stat.mics.domain.account.Role;
import kz.stat.mics.domain.port.Accounts;
import kz.stat.mics.persistence.schema.tables.records.AccountRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Accounts and API tokens in PostgreSQL, through jOOQ; each call is one transaction. */
public final class JooqAccounts implements Accounts {
  private final DSLContext db;

  /** A store on {@code dataSource}, whose schema is already migrated (see {@link PlanDatabase}). */
  public JooqAccounts(DataSource dataSource) {
    checkNotNull(dataSource, "dataSource");
    this.db = DSL.using(JooqSetup.configuration(dataSource));
  }

  @Override
  public void add(Account account, String passwordHash) {
    checkNotNull(account, "account");
    checkNotNull(passwordHash, "passwordHash");
    inTransaction(tx -> {
      Long id;
      try {
        id = tx.insertInto(ACCOUNT, ACCOUNT.NAME, ACCOUNT.ROLE, ACCOUNT.PASSWORD_HASH,
                ACCOUNT.DISABLED)
            .values(account.name(), account.role().name(), passwordHash, account.disabled())
            .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
      } catch (DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql != null && "23505".equals(sql.getSQLState())) {
          throw new AccountException("an account is already named " + account.name());
        }
        throw e;
      }
      int position = 0;
      for (String code : account.executors()) {
        tx.insertInto(ACCOUNT_EXECUTOR, ACCOUNT_EXECUTOR.ACCOUNT_ID, ACCOUNT_EXECUTOR.POSITION,
            ACCOUNT_EXECUTOR.CODE).values(id, position++, code).execute();
      }
      return null;
    });
  }

  @Override
  public Optional<Credentials> find(String name) {
    checkNotNull(name, "name");
    return inTransaction(tx -> {
      AccountRecord r = tx.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(name)).fetchOne();
      if (r == null) {
        return Optional.empty();
      }
      List<String> executors = tx.select(ACCOUNT_EXECUTOR.CODE).from(ACCOUNT_EXECUTOR)
          .where(ACCOUNT_EXECUTOR.ACCOUNT_ID.eq(r.getId()))
          .orderBy(ACCOUNT_EXECUTOR.POSITION).fetch(ACCOUNT_EXECUTOR.CODE);
      return Optional.of(new Credentials(account(r, executors), r.getPasswordHash()));
    });
  }

  @Override
  public List<Account> list() {
    return inTransaction(tx -> {
      Map<Long, List<String>> executors = tx.select(ACCOUNT_EXECUTOR.ACCOUNT_ID,
              ACCOUNT_EXECUTOR.CODE).from(ACCOUNT_EXECUTOR)
          .orderBy(ACCOUNT_EXECUTOR.ACCOUNT_ID, ACCOUNT_EXECUTOR.POSITION)
          .fetchGroups(ACCOUNT_EXECUTOR.ACCOUNT_ID, ACCOUNT_EXECUTOR.CODE);
      return tx.selectFrom(ACCOUNT).orderBy(ACCOUNT.NAME.collate("C")).fetch(r ->
          account(r, executors.getOrDefault(r.getId(), List.of())));
    });
  }

  @Override
  public void disable(String name) {
    updated(db.update(ACCOUNT).set(ACCOUNT.DISABLED, true).where(ACCOUNT.NAME.eq(name)), name);
  }

  @Override
  public void changePassword(String name, String passwordHash) {
    checkNotNull(passwordHash, "passwordHash");
    updated(db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash)
        .where(ACCOUNT.NAME.eq(name)), name);
  }

  @Override
  public ApiToken addToken(String account, String tokenHash, String label, Instant issuedAt) {
    return inTransaction(tx -> {
      Long owner = tx.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.NAME.eq(account))
          .fetchOne(ACCOUNT.ID);
      if (owner == null) {
        throw unknown(account);
      }
      Long id = tx.insertInto(API_TOKEN, API_TOKEN.ACCOUNT_ID, API_TOKEN.HASH, API_TOKEN.LABEL,
              API_TOKEN.ISSUED_AT)
          .values(owner, tokenHash, label, at(issuedAt))
          .returning(API_TOKEN.ID).fetchOne(API_TOKEN.ID);
      return new ApiToken(id, account, label, issuedAt, Optional.empty());
    });
  }

  @Override
  public Optional<Account> tokenOwner(String tokenHash) {
    return inTransaction(tx -> tx.select(ACCOUNT.NAME).from(API_TOKEN).join(ACCOUNT)
            .on(ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
            .where(API_TOKEN.HASH.eq(tokenHash).and(API_TOKEN.REVOKED_AT.isNull())
                .and(ACCOUNT.DISABLED.isFalse()))
            .fetchOptional(ACCOUNT.NAME))
        .flatMap(this::find).map(Credentials::account);
  }

  @Override
  public boolean revokeToken(long id, Instant at) {
    return inTransaction(tx -> tx.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at(at))
        .where(API_TOKEN.ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull())).execute() == 1);
  }

  @Override
  public List<ApiToken> tokens() {
    return inTransaction(tx -> tx.select(API_TOKEN.ID, ACCOUNT.NAME, API_TOKEN.LABEL,
            API_TOKEN.ISSUED_AT, API_TOKEN.REVOKED_AT)
        .from(API_TOKEN).join(ACCOUNT).on(ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
        .orderBy(API_TOKEN.ID)
        .fetch(r -> new ApiToken(r.value1(), r.value2(), r.value3(), r.value4().toInstant(),
            Optional.ofNullable(r.value5()).map(OffsetDateTime::toInstant))));
  }

  private static Account account(AccountRecord r, List<String> executors) {
    return new Account(r.getName(), Role.valueOf(r.getRole()), ImmutableSet.copyOf(executors),
        r.getDisabled());
  }

  private void updated(org.jooq.Query update, String name) {
    int n = inTransaction(tx -> tx.execute(update.getSQL(), update.getBindValues().toArray()));
    if (n != 1) {
      throw unknown(name);
    }
  }

  private static AccountException unknown(String name) {
    return new AccountException("no account is named " + name);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private <T> T inTransaction(Function<DSLContext, T> body) {
    try {
      return db.transactionResult(c -> body.apply(c.dsl()));
    } catch (DataAccessException e) {
      throw JooqPlans.failure(e, "the database server");
    }
  }
}
