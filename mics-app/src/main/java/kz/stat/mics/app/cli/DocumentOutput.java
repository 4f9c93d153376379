package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writing a command's document: to standard output, through to a device or a pipe, or to a regular
 * file replaced atomically.
 */
final class DocumentOutput {
  /** As many links as Linux follows before it gives up (ELOOP). */
  private static final int MAX_LINKS = 40;

  private DocumentOutput() {}

  /**
   * Writes {@code content} to {@code file}, or to {@code out} when {@code file} is null or
   * {@code -}. Symbolic links are followed, so a link stays a link and its target gets the
   * content. Only a regular file, or a new one, is replaced through a temporary file beside it, so
   * that a reader never sees half a file; it keeps its permissions (a new one gets the umask's).
   * Anything else, such as a device or a FIFO, is written as a stream. A missing folder is an
   * error, never created.
   */
  static void write(Path file, ByteArrayOutputStream content, PrintWriter out) throws IOException {
    if (file == null || file.toString().equals("-")) {
      out.print(content.toString(StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    Path target = followLinks(file.toAbsolutePath());
    if (Files.isDirectory(target)) {
      throw UserError.io(target + ": is a folder, not a file");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      writeThrough(target, content);
      return;
    }
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw UserError.io(dir + ": no such folder");
    }
    replace(target, content);
  }

  /** The path that {@code path}'s chain of symbolic links ends at, which need not exist. */
  private static Path followLinks(Path path) throws IOException {
    Path current = path;
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(current)) {
        return current;
      }
      Path link = Files.readSymbolicLink(current);
      Path parent = current.getParent();
      current = (parent == null ? link : parent.resolve(link)).normalize();
    }
    throw UserError.io(path + ": too many levels of symbolic links");
  }

  /** A device or a pipe: opened as it is, never created, truncated or replaced. */
  private static void writeThrough(Path target, ByteArrayOutputStream content) {
    try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
      content.writeTo(os);
    } catch (IOException e) {
      throw UserError.io(target + ": " + reason(e));
    }
  }

  private static void replace(Path target, ByteArrayOutputStream content) throws IOException {
    Path tmp = target.resolveSibling(".mics-" + UUID.randomUUID() + ".tmp");
    try {
      // an ordinary create, unlike createTempFile, leaves the permissions to the umask
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(Channels.newOutputStream(channel));
        channel.force(true);
      } catch (IOException e) {
        throw UserError.io(target + ": " + reason(e));
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The operating system's words for what went wrong, without the file names Java adds. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
