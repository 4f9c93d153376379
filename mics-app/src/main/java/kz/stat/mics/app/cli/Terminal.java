package kz.stat.mics.app.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.domain.language.Language;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What the command knows of the user's terminal: the environment (its locale and {@code COLUMNS})
 * and whether stdout is a terminal. Views speak the language it names and fit the width it gives;
 * tests make one of their own, since a Java program cannot set its environment.
 */
record Terminal(Map<String, String> env, boolean interactive) {
  /** The width of a terminal whose size cannot be found. */
  static final int DEFAULT_WIDTH = 100;

  Terminal {
    env = Map.copyOf(env);
  }

  /** This process's environment and standard output. */
  static Terminal system() {
    return new Terminal(System.getenv(), stdoutIsTerminal());
  }

  /**
   * The language the user reads: the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG}
   * that is set, when it is Kazakh, Russian or English ({@code C} and {@code POSIX} are English).
   */
  Optional<Language> localeLanguage() {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.getOrDefault(name, "").strip();
      if (!value.isEmpty()) {
        String code = value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        if (code.equals("c") || code.equals("posix")) {
          return Optional.of(Language.EN);
        }
        return Language.ofCode(code);
      }
    }
    return Optional.empty();
  }

  /** The language of a view: the one asked for, else the locale's, else the plan's. */
  Language language(Optional<Language> asked, Optional<Language> plan) {
    return asked.or(this::localeLanguage).or(() -> plan).orElse(Language.EN);
  }

  /**
   * How many columns a line may take: {@code COLUMNS} when set, else the terminal's width when
   * stdout is one ({@value #DEFAULT_WIDTH} when it cannot be found); none when output is piped,
   * which then keeps every cell whole.
   */
  OptionalInt width() {
    String columns = env.getOrDefault("COLUMNS", "").strip();
    if (columns.matches("[0-9]{1,4}") && Integer.parseInt(columns) > 0) {
      return OptionalInt.of(Math.max(Integer.parseInt(columns), 20));
    }
    if (!interactive) {
      return OptionalInt.empty();
    }
    // picocli asks the terminal (stty or tput) for its width, and answers the default without one
    return OptionalInt.of(new UsageMessageSpec().width(DEFAULT_WIDTH).autoWidth(true).width());
  }

  private static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22 and later give a console when redirected too, and say whether it is a terminal
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }
}
