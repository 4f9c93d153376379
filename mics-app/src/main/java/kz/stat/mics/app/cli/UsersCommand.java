package kz.stat.mics.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.account.ApiToken;
import kz.stat.mics.domain.account.Role;
import kz.stat.mics.domain.application.ManageAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mics users}: the accounts that sign in to {@code mics serve}, and their API tokens. A
 * password is asked on the terminal with echo off, or read from standard input, never from argv.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
    description = "Accounts of the web app (mics serve): add, list, disable, passwd, and their API "
        + "tokens: token-issue, token-revoke, tokens. Roles: admin (imports, manages accounts), "
        + "editor (records progress on its executors' activities), viewer (reads).",
    footer = {"", "Examples:",
        "  mics users add aigul --role editor --executor ХСД",
        "  printf '%s\\n' \"$PASSWORD\" | mics users add admin --role admin --password-stdin",
        "  mics users token-issue reports-bot --label nightly"})
final class UsersCommand extends StoreCommand {

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Create an account; the password is asked twice on the terminal.")
  int add(@Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_', '-'.")
      String name,
      @Option(names = "--role", required = true, paramLabel = "ROLE",
          description = "admin, editor or viewer.") String role,
      @Option(names = "--executor", paramLabel = "CODE",
          description = "An executor an editor records for, as the plan writes it (ХСД); "
              + "repeatable.") List<String> executors,
      @Option(names = "--password-stdin",
          description = "Read the password from the first line of standard input.") boolean stdin) {
    Role r = Role.named(role).orElseThrow(() -> UserError.usage(
        "--role: expected admin, editor or viewer, not: " + role));
    if (!Account.validName(name)) {
      throw UserError.usage(name + ": not an account name (1 to 64 letters, digits, '.', '_' or"
          + " '-', starting with a letter or digit)");
    }
    List<String> codes = executors == null ? List.of() : executors;
    if (r == Role.EDITOR && codes.isEmpty()) {
      throw UserError.usage("an editor records for at least one executor: add --executor CODE");
    }
    if (r != Role.EDITOR && !codes.isEmpty()) {
      throw UserError.usage("--executor: only an editor is tied to executors");
    }
    char[] password = password(stdin);
    try {
      root().accounts().add(operator(), Account.of(name, r, codes), new String(password));
    } catch (AccountException e) {
      throw UserError.data(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    out().printf("added %s (%s%s)%n", name, r.label(),
        codes.isEmpty() ? "" : " of " + String.join(", ", codes));
    return ExitCodes.OK;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
  int list(@Option(names = "--json", description = "Print them as JSON.") boolean json) {
    List<Account> all = root().accounts().list(operator());
    if (json) {
      Output.json(out(), all.stream().map(a -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("role", a.role().label());
        m.put("executors", List.copyOf(a.executors()));
        m.put("disabled", a.disabled());
        return m;
      }).toList());
      return ExitCodes.OK;
    }
    for (Account a : all) {
      out().printf("%s\t%s\t%s%s%n", a.name(), a.role().label(), String.join(", ", a.executors()),
          a.disabled() ? "\tdisabled" : "");
    }
    return ExitCodes.OK;
  }

  @Command(name = "disable", mixinStandardHelpOptions = true,
      description = "Disable an account: it can no longer sign in, and its tokens are refused.")
  int disable(@Parameters(paramLabel = "NAME") String name) {
    try {
      root().accounts().disable(operator(), name);
    } catch (AccountException e) {
      throw UserError.data(e.getMessage());
    }
    out().printf("disabled %s%n", name);
    return ExitCodes.OK;
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true,
      description = "Set a new password for an account.")
  int passwd(@Parameters(paramLabel = "NAME") String name,
      @Option(names = "--password-stdin",
          description = "Read the password from the first line of standard input.") boolean stdin) {
    char[] password = password(stdin);
    try {
      root().accounts().changePassword(operator(), name, new String(password));
    } catch (AccountException e) {
      throw UserError.data(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    out().printf("changed the password of %s%n", name);
    return ExitCodes.OK;
  }

  @Command(name = "token-issue", mixinStandardHelpOptions = true,
      description = "Issue a personal API token for an account (Authorization: Bearer TOKEN). The "
          + "token is printed once; only its SHA-256 is stored.")
  int issue(@Parameters(paramLabel = "NAME") String name,
      @Option(names = "--label", paramLabel = "TEXT", defaultValue = "",
          description = "What the token is for.") String label) {
    ManageAccounts.IssuedToken t;
    try {
      t = root().accounts().issueToken(operator(), name, label);
    } catch (AccountException e) {
      throw UserError.data(e.getMessage());
    }
    err().printf("token %d for %s; it is shown only now:%n", t.token().id(), name);
    err().flush();
    out().println(t.secret());
    return ExitCodes.OK;
  }

  @Command(name = "token-revoke", mixinStandardHelpOptions = true,
      description = "Revoke an API token by its number (see 'mics users tokens').")
  int revoke(@Parameters(paramLabel = "ID") long id) {
    try {
      root().accounts().revokeToken(operator(), id);
    } catch (AccountException e) {
      throw UserError.data(e.getMessage());
    }
    out().printf("revoked token %d%n", id);
    return ExitCodes.OK;
  }

  @Command(name = "tokens", mixinStandardHelpOptions = true,
      description = "List the API tokens, revoked ones included.")
  int tokens() {
    for (ApiToken t : root().accounts().tokens(operator())) {
      out().printf("%d\t%s\t%s\t%s%s%n", t.id(), t.account(), t.label(), time(t.issuedAt()),
          t.revokedAt().map(r -> "\trevoked " + time(r)).orElse(""));
    }
    return ExitCodes.OK;
  }

  private static Actor operator() {
    return Actor.operator(System.getProperty("user.name", ""));
  }

  /** The password: from the terminal with echo off (asked twice), or stdin's first line. */
  private static char[] password(boolean stdin) {
    if (stdin) {
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            .readLine();
        if (line == null || line.isEmpty()) {
          throw UserError.usage("--password-stdin: standard input has no password");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Console console = System.console();
    if (console == null) {
      throw UserError.usage("no terminal to ask the password on: give it on standard input "
          + "with --password-stdin");
    }
    char[] first = console.readPassword("Password: ");
    char[] second = console.readPassword("Again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw UserError.usage("the two passwords differ; nothing was changed");
    }
    Arrays.fill(second, '\0');
    return first;
  }
}
