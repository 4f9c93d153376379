package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PgPassTest {
  private static final PgPass FILE = PgPass.parse(String.join("\n",
      "# comment",
      "db.example:5432:mics:aigul:first",
      "*:5433:*:aigul:any\\:host",
      "localhost:*:mics:*:back\\\\slash",
      "broken:line",
      "*:*:*:*:fallback"));

  @Test
  void theFirstMatchingLineGivesThePassword() {
    assertThat(FILE.password("db.example", 5432, "mics", "aigul")).contains("first");
  }

  @Test
  void aStarMatchesAnyValueAndBackslashesEscape() {
    assertThat(FILE.password("other", 5433, "x", "aigul")).contains("any:host");
    assertThat(FILE.password("localhost", 1, "mics", "erlan")).contains("back\\slash");
  }

  @Test
  void whenNoSpecificLineMatchesTheCatchAllDoes() {
    assertThat(FILE.password("db.example", 5432, "mics", "erlan")).contains("fallback");
    assertThat(PgPass.parse("h:1:d:u:p").password("h", 2, "d", "u")).isEmpty();
  }
}
