package kz.stat.mics.persistence;

import java.security.SecureRandom;
import java.util.Base64;
import kz.stat.mics.domain.port.PasswordHashes;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords hashed with bcrypt (Spring Security's encoder, cost 10), and API token secrets of 32
 * random bytes from the system's strong generator.
 */
public final class BcryptPasswords implements PasswordHashes {
  private final SecureRandom random = new SecureRandom();
  private final BCryptPasswordEncoder encoder;

  /** bcrypt at cost {@code strength} (4 to 31; 10 is Spring's default). */
  public BcryptPasswords(int strength) {
    this.encoder = new BCryptPasswordEncoder(strength, random);
  }

  public BcryptPasswords() {
    this(10);
  }

  @Override
  public String hash(CharSequence password) {
    return encoder.encode(password);
  }

  @Override
  public boolean matches(CharSequence password, String hash) {
    return encoder.matches(password, hash);
  }

  @Override
  public String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return "mics_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
