package kz.stat.mics.domain.port;

/** One-way, salted, slow hashes of passwords (bcrypt or Argon2id in the adapter). */
public interface PasswordHashes {

  /** A new salted hash of {@code password}. */
  String hash(CharSequence password);

  /** Whether {@code password} is the one {@code hash} was made from. */
  boolean matches(CharSequence password, String hash);

  /** A new random secret for an API token, long enough that it cannot be guessed. */
  String newToken();
}
