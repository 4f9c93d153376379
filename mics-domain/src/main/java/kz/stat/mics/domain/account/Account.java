package kz.stat.mics.domain.account;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.regex.Pattern;
import kz.stat.mics.domain.executor.Names;

/**
 * A person who signs in: a name, a role, the executors an editor records for (their codes as the
 * plan writes them, such as ХСД), and whether the account is disabled.
 */
public record Account(String name, Role role, ImmutableSet<String> executors, boolean disabled) {
  /** Letters and digits of any script, with dots, dashes and underscores; 1 to 64 characters. */
  public static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

  public Account {
    checkNotNull(name, "name");
    checkNotNull(role, "role");
    checkArgument(validName(name), "not an account name: %s", name);
    executors = executors.stream().map(Names::normalize).filter(e -> !e.isEmpty())
        .collect(ImmutableSet.toImmutableSet());
    checkArgument(role == Role.EDITOR || executors.isEmpty(),
        "only an editor is tied to executors: %s", name);
    checkArgument(role != Role.EDITOR || !executors.isEmpty(),
        "an editor records for at least one executor: %s", name);
  }

  /** A new, enabled account. */
  public static Account of(String name, Role role, Collection<String> executors) {
    return new Account(name, role, ImmutableSet.copyOf(executors), false);
  }

  /** Whether {@code name} can name an account. */
  public static boolean validName(String name) {
    return NAME.matcher(name).matches();
  }

  public Account disable() {
    return new Account(name, role, executors, true);
  }
}
