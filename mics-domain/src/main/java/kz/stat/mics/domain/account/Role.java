package kz.stat.mics.domain.account;

import java.util.Locale;
import java.util.Optional;

/** What an account may do: read, record progress for its executors, or run the plan. */
public enum Role {
  /** Imports documents, creates revisions and manages accounts; records on any activity. */
  ADMIN,
  /** Records progress on the activities of its own executors; reads everything. */
  EDITOR,
  /** Reads everything, records nothing. */
  VIEWER;

  /** The role a user writes ("admin", "editor", "viewer"), in any case. */
  public static Optional<Role> named(String name) {
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The name as users write it: admin, editor, viewer. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
