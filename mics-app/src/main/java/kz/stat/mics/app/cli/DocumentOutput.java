package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing a command's document: to a file atomically, or to standard output. */
final class DocumentOutput {
  private DocumentOutput() {}

  /**
   * Gives the new file the permissions of the one it replaces, or those of a new file: a temporary
   * file is readable by its owner alone.
   */
  private static void permissions(Path target, Path tmp) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
        java.nio.file.Files.exists(target) ? java.nio.file.Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    java.nio.file.Files.setPosixFilePermissions(tmp, perms);
  }

  /** Writes {@code content} to {@code file} through a temporary file, or to {@code out} when null. */
  static void write(Path file, ByteArrayOutputStream content, PrintWriter out) throws IOException {
    if (file == null) {
      out.print(content.toString(StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      java.nio.file.Files.createDirectories(dir);
    }
    Path tmp = java.nio.file.Files.createTempFile(dir, ".mics-", ".tmp");
    try {
      try (OutputStream os = java.nio.file.Files.newOutputStream(tmp)) {
        content.writeTo(os);
      }
      permissions(target, tmp);
      java.nio.file.Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }
}
