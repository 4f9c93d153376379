package kz.stat.mics.domain.executor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** One entry of an executor directory: an abbreviation (code) and the full name it stands for. */
public record Executor(String code, String name) {
  public Executor {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    code = Names.normalize(code);
    name = Names.normalize(name);
    checkArgument(!code.isEmpty(), "executor code is blank");
    checkArgument(!name.isEmpty(), "executor name is blank");
  }

  public static Executor of(String code, String name) {
    return new Executor(code, name);
  }
}
