package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.AutoComplete.GenerateCompletion;
import kz.stat.mics.domain.schedule.YearRange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The {@code mics} command: plan documents, the plan store, and the monitoring views. */
@Command(name = "mics",
    mixinStandardHelpOptions = true,
    version = "mics 0.1.0",
    description = "Plan and monitor a national survey action plan (MICS).",
    subcommands = {
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
        GenerateCompletion.class
    },
    footer = {"",
        "Examples:",
        "  mics report examples/mics-2023-2025.kk.txt --as-of 2024-10-01 -o report.html",
        "  mics convert plan.txt --to json -o plan.json",
        "  mics deadline \"до 15 марта 2024 г.\"",
        "",
        "Exit codes: 0 done, 1 validation errors, 64 wrong usage, 65 bad input data,"
            + " 74 input/output error."})
public final class Mics implements Runnable {

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
    Mics mics = new Mics();
    mics.terminal = terminal;
    CommandLine cmd = new CommandLine(mics);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new Failures());
    cmd.setParameterExceptionHandler((ex, args1) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("mics: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      c.getErr().flush();
      return ExitCodes.USAGE;
    });
    Thread hook = new Thread(() -> mics.workspace.close(), "mics-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    cmd.registerConverter(LocalDate.class, Mics::date);
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
}
