package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The note a long-running program (the web server) leaves in a store's directory while it holds the
 * store open for others: {@code serving}, mode 0600, with the holder's process id, its server's
 * process id and the server's socket. A command that finds the note true uses that running server
 * (through the private socket, with the store's password) instead of waiting for the lock the holder
 * keeps for its whole life. The note holds no secret.
 */
final class SharedServer {
  static final String FILE = "serving";

  private SharedServer() {}

  /** Leaves the note for {@code server}, held by this process. */
  static void announce(Path dir, Server server) throws IOException {
    Path tmp = dir.resolve(FILE + ".new");
    Files.deleteIfExists(tmp);
    OwnerOnly.write(tmp, ProcessHandle.current().pid() + "\n" + server.pid() + "\n"
        + server.socketFile() + "\n");
    Files.move(tmp, dir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Takes the note away; a missing one is no error. */
  static void withdraw(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(FILE));
    } catch (IOException e) {
      // a note whose holder is gone is ignored by everyone who reads it
    }
  }

  /**
   * The socket of the server another live process shares on {@code dir}, when its note is there,
   * private, and true: the holder alive, and the server it names running and ready on the store's
   * cluster.
   */
  static Optional<Path> socket(Path dir) {
    Path note = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(note, LinkOption.NOFOLLOW_LINKS)
          || !Files.getPosixFilePermissions(note, LinkOption.NOFOLLOW_LINKS).equals(OwnerOnly.FILE)
          || !Files.getOwner(note, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(dir))) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(note, StandardCharsets.US_ASCII);
      if (lines.size() < 3) {
        return Optional.empty();
      }
      long holder = Long.parseLong(lines.get(0).strip());
      String postmaster = lines.get(1).strip();
      Path socket = Path.of(lines.get(2).strip());
      if (holder == ProcessHandle.current().pid() && !HELD_HERE.contains(dir)) {
        return Optional.empty();
      }
      boolean alive = ProcessHandle.of(holder).map(ProcessHandle::isAlive).orElse(false);
      List<String> pid = Files.readAllLines(Cluster.pgdata(dir).resolve("postmaster.pid"),
          StandardCharsets.US_ASCII);
      boolean ready = pid.size() >= 8 && pid.get(0).strip().equals(postmaster)
          && pid.get(7).strip().equals("ready");
      return alive && ready && Files.exists(socket, LinkOption.NOFOLLOW_LINKS)
          ? Optional.of(socket) : Optional.empty();
    } catch (NoSuchFileException | NumberFormatException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The stores this process shares now: a note of ours left by a killed run is not believed. */
  static final java.util.Set<Path> HELD_HERE =
      java.util.Collections.synchronizedSet(new java.util.HashSet<>());
}
