package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command line that names a subcommand builds that one alone, and it is the same as in full. */
class LazyCommandsTest {

  @Test
  void theNamedCommandAloneIsBuilt() {
    assertThat(Mics.commandsFor("status", "p", "--as-of", "2024-10-01"))
        .containsExactly(StatusCommand.class);
    assertThat(Mics.commandsFor("--data-dir=/tmp/s", "overdue", "p"))
        .containsExactly(OverdueCommand.class);
    assertThat(Mics.commandsFor("--lock-wait", "5", "--db", "jdbc:postgresql://h/d", "plans"))
        .containsExactly(PlansCommand.class);
    assertThat(Mics.commandsFor("db", "migrate")).containsExactly(DbCommand.class);
  }

  @Test
  void anythingElseGetsEveryCommand() {
    assertThat(Mics.commandsFor()).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("--help")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("--data-dir", "/tmp/s")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("statsu")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("@args.txt")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("--", "status")).isEqualTo(Mics.COMMANDS);
    // the help of mics itself lists every command
    assertThat(Mics.commandsFor("--help", "status")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("-h", "status")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("-V", "status")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("--data-dirr", "/x", "status")).isEqualTo(Mics.COMMANDS);
    // picocli refuses a command's name as an option's value; an argument file may hold anything
    assertThat(Mics.commandsFor("--data-dir", "status", "import", "plan.txt"))
        .isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("--data-dir=import", "deadline", "x")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("--data-dir", "@args", "deadline", "x")).isEqualTo(Mics.COMMANDS);
    assertThat(Mics.commandsFor("generate-completion")).isEqualTo(Mics.COMMANDS);
  }

  @Test
  void aCommandLineAnswersAsItDoesWithEveryCommandBuilt() {
    String[][] lines = {
        {"deadline", "до 15 марта 2024 г."},
        {"--data-dir", "import", "deadline", "до 15 марта 2024 г."},
        {"--data-dir=import", "deadline", "x"},
        {"--data-dir", "db", "validate", "no-such-file.txt"},
        {"--db", "status", "deadline", "x"},
        {"--lock-wait", "five", "deadline", "x"},
        {"validate", "no-such-file.txt"},
        {"deadline", "--data-dir", "status", "x"},
        {"statsu"},
        {"--help", "status"},
        {"db", "migrat"},
        {"status", "--as-of", "2024-13-01"},
        {},
    };
    for (String[] line : lines) {
      assertThat(answer(Mics.commandsFor(line), line)).as(String.join(" ", line))
          .isEqualTo(answer(Mics.COMMANDS, line));
    }
  }

  /** Exit code, stdout and stderr of {@code mics args} with these commands built. */
  private static List<String> answer(List<Class<?>> commands, String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Mics.run(Run.PIPED_ENGLISH, new java.io.PrintWriter(out),
        new java.io.PrintWriter(err), commands, args);
    return List.of(Integer.toString(code), out.toString(), err.toString());
  }

  @Test
  void helpBeforeTheCommandStillListsEveryCommand() {
    java.io.StringWriter out = new java.io.StringWriter();
    Mics.run(Run.PIPED_ENGLISH, new java.io.PrintWriter(out),
        new java.io.PrintWriter(new java.io.StringWriter()), "--help", "status");
    assertThat(out.toString()).contains("  import ", "  status ", "  serve ");
  }

  @Test
  void eachCommandBuiltAloneIsTheCommandBuiltWithTheOthers() {
    Map<String, CommandLine> all = Mics.commandLine(new Mics(), Mics.COMMANDS).getSubcommands();
    assertThat(all).hasSize(Mics.COMMANDS.size());
    for (Class<?> command : Mics.COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      CommandLine alone = Mics.commandLine(new Mics(), List.of(command)).getSubcommands()
          .get(name);
      assertThat(alone.getUsageMessage()).as(name)
          .isEqualTo(all.get(name).getUsageMessage());
      assertThat(alone.getCommandSpec().options().size()).as(name)
          .isEqualTo(all.get(name).getCommandSpec().options().size());
    }
  }
}
