package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/** Files and directories of the store that only their owner may enter, read or change. */
final class OwnerOnly {
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS_WRITE = EnumSet.of(
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private OwnerOnly() {}

  /** Creates {@code dir} and its missing parents, and makes {@code dir} itself mode 0700. */
  static Path directory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir.getParent());
      try {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
      } catch (FileAlreadyExistsException raced) {
        // made in the meantime, or a file: the mode change below tells which
      }
    }
    if (Files.isSymbolicLink(dir) && !Files.isDirectory(dir)) {
      throw new IOException(dir + " is a broken symbolic link");
    }
    Files.setPosixFilePermissions(dir, DIRECTORY);
    return dir;
  }

  /** Writes {@code text} to {@code file} with mode 0600, whole or not at all. */
  static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE));
    try (var channel = java.nio.channels.FileChannel.open(tmp,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      channel.force(true);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Takes away write permission from group and others throughout {@code root}, links aside. */
  static void removeGroupAndOthersWrite(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p,
            LinkOption.NOFOLLOW_LINKS);
        if (mode.removeAll(GROUP_OR_OTHERS_WRITE)) {
          Files.setPosixFilePermissions(p, mode);
        }
      }
    }
  }

  /** Deletes {@code root} and all below it, without following links; nothing when it is gone. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
