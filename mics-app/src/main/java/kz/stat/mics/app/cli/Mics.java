package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import picocli.AutoComplete.GenerateCompletion;
import kz.stat.mics.domain.schedule.YearRange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The {@code mics} command: plan documents, the plan store, and the monitoring views. */
@Command(name = "mics",
    mixinStandardHelpOptions = true,
    version = "mics 0.1.0",
    description = "Plan and monitor a national survey action plan (MICS).",
    footer = {"",
        "Examples:",
        "  mics report examples/mics-2023-2025.kk.txt --as-of 2024-10-01 -o report.html",
        "  mics convert plan.txt --to json -o plan.json",
        "  mics deadline \"до 15 марта 2024 г.\"",
        "",
        "Exit codes: 0 done, 1 validation errors, 64 wrong usage, 65 bad input data,"
            + " 74 input/output error."})
public final class Mics implements Runnable {
  /**
   * The subcommands, in the order help lists them. A command line that names one gets only that
   * one built (picocli builds a command's model by reflection, which costs a tenth of a second for
   * all of them); anything else (help, a misspelt name, the completion script) gets all.
   */
  static final List<Class<?>> COMMANDS = List.of(
      ConvertCommand.class,
      ValidateCommand.class,
      DeadlineCommand.class,
      ImportCommand.class,
      PlansCommand.class,
      ShowCommand.class,
      RevisionsCommand.class,
      DiffCommand.class,
      ProgressCommand.class,
      HistoryCommand.class,
      ExportCommand.class,
      StatusCommand.class,
      ReportCommand.class,
      OverdueCommand.class,
      DueCommand.class,
      ActiveCommand.class,
      LateCommand.class,
      WorkloadCommand.class,
      FundingCommand.class,
      DbCommand.class,
      UsersCommand.class,
      ServeCommand.class,
      GenerateCompletion.class);

  /** The options before the command's name that take a value: the workspace's. */
  static final List<String> TAKES_VALUE = Arrays.stream(Workspace.class.getDeclaredFields())
      .map(f -> f.getAnnotation(Option.class))
      .filter(o -> o != null)
      .flatMap(o -> Arrays.stream(o.names()))
      .toList();

  @Mixin
  Workspace workspace;

  @Spec
  CommandSpec spec;

  /** The user's terminal, which sets the views' language and width; given by {@link #run}. */
  Terminal terminal;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command; see mics --help");
  }

  /** A date on the command line: YYYY-MM-DD, in the years {@link YearRange} knows. */
  static LocalDate date(String text) {
    LocalDate d;
    try {
      d = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a date as YYYY-MM-DD, such as 2024-10-01, not '"
          + text + "'");
    }
    try {
      UserError.checkYear("a date", d.getYear());
    } catch (UserError e) {
      throw new TypeConversionException(e.getMessage() + " ('" + text + "')");
    }
    return d;
  }

  /** Runs {@code mics} with {@code args}, writing to stdout and stderr; returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /** Runs {@code mics} with {@code args}, writing to {@code out} and {@code err}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Terminal.system(), out, err, args);
  }

  /** Runs {@code mics} as if in {@code terminal}. */
  static int run(Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    return run(terminal, out, err, commandsFor(args), args);
  }

  /** {@link #run(Terminal, PrintWriter, PrintWriter, String...)} with these subcommands built. */
  static int run(Terminal terminal, PrintWriter out, PrintWriter err, List<Class<?>> commands,
      String... args) {
    Mics mics = new Mics();
    mics.terminal = terminal;
    CommandLine cmd = commandLine(mics, commands);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new Failures());
    cmd.setParameterExceptionHandler(new UsageFailures());
    Thread hook = new Thread(() -> mics.workspace.close(), "mics-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    cmd.registerConverter(LocalDate.class, new Dates());
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only Exceptions to the handler; a document too big for the heap lands here
      err.println("mics: out of memory; give Java more with MICS_JAVA_OPTS=-Xmx4g (the data "
          + "already stored is unchanged)");
      return ExitCodes.IO;
    } finally {
      try {
        mics.workspace.close();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is already running; it closes the store itself
        }
        out.flush();
        err.flush();
      }
    }
  }

  /*
   * The two handlers below are classes, not lambdas: picocli's interfaces are compiled for Java 5,
   * and the class-data archive leaves out such an interface, and every class that implements it,
   * once a lambda has linked it while the archive is made.
   */

  /** A mistake on the command line: one line saying what is wrong, and where to read more. */
  private static final class UsageFailures implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("mics: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      c.getErr().flush();
      return ExitCodes.USAGE;
    }
  }

  /** Dates on the command line, as {@link #date} reads them. */
  private static final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      return date(text);
    }
  }

  /** The command line of {@code mics} with these of its subcommands. */
  static CommandLine commandLine(Mics mics, List<Class<?>> commands) {
    CommandLine cmd = new CommandLine(mics);
    for (Class<?> command : commands) {
      cmd.addSubcommand(command);
    }
    return cmd;
  }

  /**
   * The subcommand the arguments name, alone, or every subcommand: the first argument that is
   * neither an option nor an option's value is the command's name.
   */
  static List<Class<?>> commandsFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@") || a.equals("--")) {
        return COMMANDS; // an argument file or the end of options: let picocli read them
      }
      if (a.startsWith("-")) {
        String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        if (!TAKES_VALUE.contains(name)) {
          return COMMANDS; // help or version (whose text lists every command), or a mistake
        }
        String value = a.contains("=") ? a.substring(a.indexOf('=') + 1)
            : i + 1 < args.length ? args[++i] : "";
        if (value.startsWith("@") || named(value) != null) {
          return COMMANDS; // picocli refuses a command's name as an option's value, so let it
        }
        continue;
      }
      Class<?> command = named(a);
      // the completion script covers every command
      return command == null || command == GenerateCompletion.class ? COMMANDS
          : List.of(command);
    }
    return COMMANDS;
  }

  /** The command whose name or alias {@code word} is, or null. */
  private static Class<?> named(String word) {
    for (Class<?> command : COMMANDS) {
      Command c = command.getAnnotation(Command.class);
      if (c.name().equals(word) || Arrays.asList(c.aliases()).contains(word)) {
        return command;
      }
    }
    return null;
  }
}
