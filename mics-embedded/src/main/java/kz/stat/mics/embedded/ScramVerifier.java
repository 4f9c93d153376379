package kz.stat.mics.embedded;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A SCRAM-SHA-256 verifier as PostgreSQL keeps it for a role (RFC 5802 and 7677), made here with
 * the store's own number of rounds.
 *
 * <p>PostgreSQL hashes a password 4,096 times, to slow down whoever guesses a person's password
 * from a stolen verifier; each login makes the client do all those rounds again, about 20 ms of a
 * command's start in a fresh JVM. The store's password is 256 random bits ({@link Secret}), which
 * no number of rounds makes easier or harder to guess, and whoever can read its verifiers (inside
 * the cluster's data) can read the password file beside them. So its roles keep a verifier of
 * {@link #ROUNDS} round; the exchange at login, and what an eavesdropper or a false server could
 * learn from it, are the same as with any other count.
 */
final class ScramVerifier {
  /** The rounds of the store's verifiers. */
  static final int ROUNDS = 1;

  private static final int SALT_BYTES = 16;

  private ScramVerifier() {}

  /** Whether {@link #of} takes {@code password}: printable ASCII, no space (the store's always is). */
  static boolean takes(String password) {
    return !password.isEmpty() && password.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /** A verifier of {@code password} with a fresh random salt and {@link #ROUNDS} round. */
  static String of(String password) {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    return of(password, salt, ROUNDS);
  }

  /**
   * The verifier {@code SCRAM-SHA-256$rounds:salt$StoredKey:ServerKey} of {@code password}, which
   * must be printable ASCII (SASLprep leaves such a password as it is; the store's always is).
   */
  static String of(String password, byte[] salt, int rounds) {
    checkArgument(rounds >= 1, "rounds must be at least 1: %s", rounds);
    checkArgument(takes(password), "the password must be printable ASCII without spaces");
    try {
      byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256)).getEncoded();
      byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
      byte[] serverKey = hmac(salted, "Server Key");
      Base64.Encoder b64 = Base64.getEncoder();
      return "SCRAM-SHA-256$" + rounds + ":" + b64.encodeToString(salt) + "$"
          + b64.encodeToString(storedKey) + ":" + b64.encodeToString(serverKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no SHA-256: " + e.getMessage(), e);
    }
  }

  private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
  }
}
