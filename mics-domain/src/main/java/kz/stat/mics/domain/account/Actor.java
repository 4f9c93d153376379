package kz.stat.mics.domain.account;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.plan.Activity;

/**
 * Who asks a use case to do something, and so what it may do: an operator at the command line, who
 * owns the store and may do everything, or an account signed in to a server, whose role decides.
 */
public sealed interface Actor {

  /** The name that progress events and messages carry. */
  String name();

  /** Whether this actor may import documents and create revisions. */
  boolean mayImport();

  /** Whether this actor may create, disable and change accounts and API tokens. */
  boolean mayManageAccounts();

  /** Whether this actor may record progress on {@code activity}. */
  boolean mayRecordOn(Activity activity);

  /** The operator of the store, at its own command line; {@code name} is who reports. */
  static Actor operator(String name) {
    return new Operator(name);
  }

  /** An account that has signed in. */
  static Actor signedIn(Account account) {
    return new SignedIn(account);
  }

  /** The operator of the store: the owner of its files, who may do everything. */
  record Operator(String name) implements Actor {
    public Operator {
      checkNotNull(name, "name");
    }

    @Override
    public boolean mayImport() {
      return true;
    }

    @Override
    public boolean mayManageAccounts() {
      return true;
    }

    @Override
    public boolean mayRecordOn(Activity activity) {
      return true;
    }
  }

  /** An account that has signed in; what it may do follows from its role and executors. */
  record SignedIn(Account account) implements Actor {
    public SignedIn {
      checkNotNull(account, "account");
      checkArgument(!account.disabled(), "a disabled account cannot act: %s", account.name());
    }

    @Override
    public String name() {
      return account.name();
    }

    @Override
    public boolean mayImport() {
      return account.role() == Role.ADMIN;
    }

    @Override
    public boolean mayManageAccounts() {
      return account.role() == Role.ADMIN;
    }

    /**
     * An admin records on any activity; an editor on those where one of its executors is named
     * (responsible, lead or co-executor); a viewer on none.
     */
    @Override
    public boolean mayRecordOn(Activity activity) {
      return switch (account.role()) {
        case ADMIN -> true;
        case VIEWER -> false;
        case EDITOR -> activity.responsible().stream().map(Names::key)
            .anyMatch(r -> account.executors().stream().map(Names::key).anyMatch(r::equals));
      };
    }
  }
}
