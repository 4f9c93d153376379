package kz.stat.mics.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import kz.stat.mics.domain.port.StoreException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs, unpacked from zonky's binaries archive on the class path into a
 * directory of their own under the store. An archive is unpacked into a temporary directory that is
 * renamed into place only when whole, so a directory under its final name is always complete, and a
 * run killed half-way leaves only a temporary directory that the next run deletes.
 */
final class Binaries {
  private static final String UNPACKING = ".unpacking-";

  private final Path home;

  private Binaries(Path home) {
    this.home = home;
  }

  /**
   * The binaries in {@code root}, unpacked first when this archive's are not there yet. Anything
   * else under {@code root} (older binaries, a killed run's leftovers) is deleted: the caller holds
   * the store's lock, and no server runs.
   */
  static Binaries in(Path root) throws IOException {
    OwnerOnly.directory(root);
    URL archive = archive();
    Path home = root.resolve("pg-" + identity(archive));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        if (!entry.equals(home)) {
          OwnerOnly.deleteTree(entry);
        }
      }
    }
    if (!Files.isDirectory(home)) {
      Path tmp = Files.createTempDirectory(root, UNPACKING,
          PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY));
      unpack(archive, tmp);
      OwnerOnly.removeGroupAndOthersWrite(tmp);
      try {
        Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot rename " + tmp + " to " + home + " in one step", e);
      }
    }
    return new Binaries(home);
  }

  Path home() {
    return home;
  }

  /** The command line that runs one of the programs, e.g. {@code initdb}, with its arguments. */
  List<String> command(String program, List<String> args) {
    List<String> command = new ArrayList<>();
    if (runningAsRoot()) {
      // PostgreSQL refuses to run as root; in a user namespace of its own it runs as "nobody"
      // while the kernel still sees the files' owner, as zonky does it.
      command.add("unshare");
      command.add("-U");
    }
    command.add(home.resolve("bin").resolve(program).toString());
    command.addAll(args);
    return command;
  }

  static boolean runningAsRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return line.split("\\s+")[2].equals("0");
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall back to the name
    }
    return "root".equals(System.getProperty("user.name"));
  }

  /** The archive of binaries for this machine, as zonky names it. */
  private static URL archive() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String system = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os;
    String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
    String name = "postgres-" + system + "-" + machine + ".txz";
    URL url = Binaries.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new StoreException("This build of mics has no embedded PostgreSQL for " + system + " on "
          + machine + " (" + name + "); pass --db with the JDBC URL of a PostgreSQL server instead.");
    }
    return url;
  }

  /**
   * A name for the archive's content: its size and CRC from the jar's directory when it is in a
   * jar (no need to read 14 MB at every start), else a digest of its bytes.
   */
  private static String identity(URL archive) throws IOException {
    URLConnection connection = archive.openConnection();
    if (connection instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      JarEntry entry = jar.getJarEntry();
      if (entry.getCrc() != -1 && entry.getSize() != -1) {
        return Long.toHexString(entry.getCrc()) + "-" + Long.toHexString(entry.getSize());
      }
    }
    try (InputStream in = new DigestInputStream(archive.openStream(),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      byte[] digest = ((DigestInputStream) in).getMessageDigest().digest();
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void unpack(URL archive, Path into) throws IOException {
    try (InputStream raw = archive.openStream();
        TarArchiveInputStream tar = new TarArchiveInputStream(
            new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("the binaries archive names a file outside its folder: "
              + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
          Path link = Path.of(entry.getLinkName());
          if (link.isAbsolute() || !target.getParent().resolve(link).normalize().startsWith(into)) {
            throw new IOException("the binaries archive links outside its folder: "
                + entry.getName() + " -> " + entry.getLinkName());
          }
          Files.createDirectories(target.getParent());
          Files.createSymbolicLink(target, link);
        } else if (entry.isFile()) {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target);
          Files.setPosixFilePermissions(target, mode(entry.getMode()));
        } else {
          throw new IOException("the binaries archive holds an entry of an unknown kind: "
              + entry.getName());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The entry's mode, without write for group and others. */
  private static Set<PosixFilePermission> mode(int mode) {
    StringBuilder s = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      s.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    s.setCharAt(4, '-');
    s.setCharAt(7, '-');
    return PosixFilePermissions.fromString(s.toString());
  }
}
