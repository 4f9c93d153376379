package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/** What migrating the schema did: the version it found, the version it left, and how many steps ran. */
public record MigrationInfo(Optional<String> from, String to, int applied) {
  public MigrationInfo {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
  }
}
