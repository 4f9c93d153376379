package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writing a command's document: to a file atomically, or to standard output. */
final class DocumentOutput {
  private DocumentOutput() {}

  /**
   * Writes {@code content} to {@code file} through a temporary file beside it, so that a reader
   * never sees half a file; to {@code out} when {@code file} is null. A new file gets the
   * permissions the user's umask gives; a replaced one keeps its own.
   */
  static void write(Path file, ByteArrayOutputStream content, PrintWriter out) throws IOException {
    if (file == null) {
      out.print(content.toString(StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = target.resolveSibling(".mics-" + UUID.randomUUID() + ".tmp");
    try {
      // an ordinary create, unlike createTempFile, leaves the permissions to the umask
      try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(os);
      }
      if (Files.exists(target)
          && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
