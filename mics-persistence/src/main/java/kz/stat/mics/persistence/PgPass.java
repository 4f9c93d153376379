package kz.stat.mics.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL password file ({@code ~/.pgpass}): lines of {@code host:port:database:user:password},
 * where {@code *} matches anything, {@code \:} and {@code \\} escape, and the first match wins.
 */
final class PgPass {
  private final List<List<String>> entries;

  private PgPass(List<List<String>> entries) {
    this.entries = entries;
  }

  static PgPass parse(String text) {
    List<List<String>> entries = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = fields(line);
      if (fields.size() == 5) {
        entries.add(fields);
      }
    }
    return new PgPass(entries);
  }

  /** The file PGPASSFILE names, or ~/.pgpass; empty when there is none or it cannot be read. */
  static PgPass standard() {
    String named = System.getenv("PGPASSFILE");
    Path file = named != null && !named.isBlank() ? Path.of(named)
        : Path.of(System.getProperty("user.home"), ".pgpass");
    try {
      return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8))
          : new PgPass(List.of());
    } catch (IOException e) {
      return new PgPass(List.of());
    }
  }

  Optional<String> password(String host, int port, String database, String user) {
    String[] wanted = {host, Integer.toString(port), database, user};
    for (List<String> e : entries) {
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        match = e.get(i).equals("*") || e.get(i).equals(wanted[i]);
      }
      if (match) {
        return Optional.of(e.get(4));
      }
    }
    return Optional.empty();
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        b.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    fields.add(b.toString());
    return fields;
  }
}
