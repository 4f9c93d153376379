package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords are kept as salted bcrypt hashes, tokens are long random secrets. */
class BcryptPasswordsTest {
  private final BcryptPasswords passwords = new BcryptPasswords(4);

  @Test
  void aHashIsSaltedBcryptAndMatchesOnlyItsPassword() {
    String a = passwords.hash("correct horse");
    String b = passwords.hash("correct horse");
    assertThat(a).startsWith("$2a$04$").hasSize(60).isNotEqualTo(b);
    assertThat(passwords.matches("correct horse", a)).isTrue();
    assertThat(passwords.matches("correct horsE", a)).isFalse();
  }

  @Test
  void tokensAreDistinctAndCarry256RandomBits() {
    String t = passwords.newToken();
    assertThat(t).startsWith("mics_").hasSize(5 + 43).isNotEqualTo(passwords.newToken());
  }
}
