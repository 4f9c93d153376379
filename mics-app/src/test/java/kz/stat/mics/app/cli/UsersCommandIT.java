package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts and tokens from the command line, on an embedded store of each test's own. */
class UsersCommandIT {
  @TempDir
  Path dir;

  private Run mics(String stdin, String... command) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      // Always a store of its own: the tests count the accounts and number the tokens.
      java.util.List<String> all = new java.util.ArrayList<>(
          java.util.List.of("--data-dir", dir.resolve("store").toString()));
      all.addAll(java.util.List.of(command));
      return Run.of(all.toArray(String[]::new));
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void accountsAreAddedListedRekeyedAndDisabled() {
    Run added = mics("correct horse\n", "users", "add", "ainur", "--role", "editor",
        "--executor", "ХСД", "--executor", "СТЖД", "--password-stdin");
    assertThat(added.err()).isEmpty();
    assertThat(added.out()).isEqualTo("added ainur (editor of ХСД, СТЖД)\n");
    assertThat(mics("secret-admin\n", "users", "add", "admin", "--role", "admin",
        "--password-stdin").code()).isZero();

    Run again = mics("whatever12\n", "users", "add", "admin", "--role", "viewer",
        "--password-stdin");
    assertThat(again.code()).isEqualTo(ExitCodes.DATA);
    assertThat(again.err()).isEqualTo("mics: an account is already named admin\n");

    Run shortPassword = mics("short\n", "users", "add", "v", "--role", "viewer",
        "--password-stdin");
    assertThat(shortPassword.code()).isEqualTo(ExitCodes.DATA);
    assertThat(shortPassword.err()).isEqualTo("mics: a password has at least 8 characters\n");

    assertThat(mics("", "users", "add", "e", "--role", "editor", "--password-stdin").err())
        .isEqualTo("mics: an editor records for at least one executor: add --executor CODE\n");
    assertThat(mics("", "users", "add", "v", "--role", "boss", "--password-stdin").code())
        .isEqualTo(ExitCodes.USAGE);

    assertThat(mics("new password\n", "users", "passwd", "ainur", "--password-stdin").out())
        .isEqualTo("changed the password of ainur\n");
    assertThat(mics("", "users", "disable", "ainur").out()).isEqualTo("disabled ainur\n");
    assertThat(mics("", "users", "list").out())
        .isEqualTo("admin\tadmin\t\nainur\teditor\tХСД, СТЖД\tdisabled\n");
    assertThat(mics("", "users", "disable", "nobody").err())
        .isEqualTo("mics: no account is named nobody\n");
  }

  @Test
  void aTokenIsPrintedOnceAndRevokedByItsNumber() {
    mics("correct horse\n", "users", "add", "bot", "--role", "viewer", "--password-stdin");
    Run issued = mics("", "users", "token-issue", "bot", "--label", "nightly");
    assertThat(issued.out()).matches("mics_[A-Za-z0-9_-]{43}\n");
    assertThat(issued.err()).isEqualTo("token 1 for bot; it is shown only now:\n");
    assertThat(mics("", "users", "tokens").out()).startsWith("1\tbot\tnightly\t");
    assertThat(mics("", "users", "token-revoke", "1").out()).isEqualTo("revoked token 1\n");
    assertThat(mics("", "users", "tokens").out()).contains("\trevoked ");
    assertThat(mics("", "users", "token-revoke", "1").err())
        .isEqualTo("mics: no API token 1 is in use\n");
  }
}
