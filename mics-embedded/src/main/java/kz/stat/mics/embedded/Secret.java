package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import kz.stat.mics.domain.port.StoreException;

/**
 * The store's password: made once from {@link SecureRandom}, kept in {@code dataDir/password}
 * (mode 0600). It is the password of every role of the store's cluster: whoever can read that file
 * can read the whole data directory anyway, so separate secrets there would protect nothing more.
 */
final class Secret {
  private Secret() {}

  /** The password in {@code file}, made first when there is none. */
  static String in(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      OwnerOnly.write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new StoreException("The store's password file " + file + " is not a plain file;"
          + " remove it and run mics again.");
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
    if (!mode.equals(OwnerOnly.FILE)) {
      Files.setPosixFilePermissions(file, OwnerOnly.FILE);
    }
    String password = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (password.length() < 32) {
      throw new StoreException("The store's password file " + file + " is damaged; put back the"
          + " copy from a backup of the store.");
    }
    return password;
  }
}
