package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Where the database's schema stands against this program: its current version (empty when it has
 * none yet), the migrations still to apply, the newest version this program knows, and whether the
 * database holds migrations this program does not know (it was written by a newer program).
 */
public record SchemaInfo(Optional<String> current, ImmutableList<String> pending,
    String programVersion, boolean newerThanProgram) {
  public SchemaInfo {
    checkNotNull(current, "current");
    pending = ImmutableList.copyOf(pending);
    checkNotNull(programVersion, "programVersion");
  }

  /** Whether the schema is exactly what this program expects. */
  public boolean upToDate() {
    return pending.isEmpty() && !newerThanProgram && current.isPresent();
  }
}
