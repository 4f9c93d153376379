package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.postgresql.shaded.com.ongres.scram.common.ScramFunctions;
import org.postgresql.shaded.com.ongres.scram.common.ScramMechanism;
import org.postgresql.shaded.com.ongres.scram.common.StringPreparation;

/** The store's verifiers hold the keys PgJDBC's SCRAM client proves it knows at login. */
class ScramVerifierTest {
  private static final byte[] SALT = Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");

  @Test
  void theKeysAreThoseOfTheDriversScramClientForAnyNumberOfRounds() {
    for (int rounds : new int[] {1, 2, 4096}) {
      String password = "pencil-" + rounds;
      byte[] salted = ScramFunctions.saltedPassword(ScramMechanism.SCRAM_SHA_256,
          StringPreparation.POSTGRESQL_PREPARATION, password.toCharArray(), SALT, rounds);
      Base64.Encoder b64 = Base64.getEncoder();
      assertThat(ScramVerifier.of(password, SALT, rounds)).isEqualTo("SCRAM-SHA-256$" + rounds
          + ":W22ZaJ0SNY7soEsUEjb6gQ==$"
          + b64.encodeToString(ScramFunctions.storedKey(ScramMechanism.SCRAM_SHA_256,
              ScramFunctions.clientKey(ScramMechanism.SCRAM_SHA_256, salted)))
          + ":" + b64.encodeToString(ScramFunctions.serverKey(ScramMechanism.SCRAM_SHA_256,
              salted)));
    }
  }

  @Test
  void eachVerifierHasASaltOfItsOwn() {
    String password = "a".repeat(43);
    assertThat(ScramVerifier.of(password)).startsWith("SCRAM-SHA-256$1:")
        .isNotEqualTo(ScramVerifier.of(password));
  }

  @Test
  void aPasswordSaslPrepWouldChangeIsRefused() {
    for (String password : new String[] {"", "with space", "пароль", "tab\there"}) {
      assertThatThrownBy(() -> ScramVerifier.of(password, SALT, 1)).as(password)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> ScramVerifier.of("pencil", SALT, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
