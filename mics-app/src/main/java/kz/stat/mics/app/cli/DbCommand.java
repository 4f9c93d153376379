package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.stat.mics.app.CompositionRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mics db}: the database schema. */
@Command(name = "db", mixinStandardHelpOptions = true,
    description = "Manage the database schema.",
    subcommands = {DbCommand.Migrate.class, DbCommand.Info.class, DbCommand.Repair.class},
    footer = {"", "Examples:", "  mics db info", "  mics --db jdbc:postgresql://localhost/mics db migrate",
        "  mics db repair"})
final class DbCommand {

  @ParentCommand
  Mics mics;

  /** {@code mics db migrate}. */
  @Command(name = "migrate", mixinStandardHelpOptions = true,
      description = "Bring the schema up to date (done on first use anyway).",
      footer = {"", "Example:", "  mics --db jdbc:postgresql://localhost:5432/mics db migrate"})
  static final class Migrate implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      CompositionRoot.Migration result = db.mics.workspace.root().migrate();
      PrintWriter out = spec.commandLine().getOut();
      if (result.applied() == 0) {
        out.printf("schema is up to date at version %s%n", result.to());
      } else {
        out.printf("schema migrated from %s to version %s (%d migrations applied)%n",
            result.from().map(v -> "version " + v).orElse("nothing"), result.to(),
            result.applied());
      }
      return ExitCodes.OK;
    }
  }

  /** {@code mics db repair}. */
  @Command(name = "repair", mixinStandardHelpOptions = true,
      description = "Make the schema history agree with this program's migrations again: remove "
          + "the entries of failed migrations and take the checksums of the scripts as they are. "
          + "Only the history changes; use it when the schema itself is right.",
      footer = {"", "Example:", "  mics --db jdbc:postgresql://localhost:5432/mics db repair"})
  static final class Repair implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<String> changes = db.mics.workspace.root().repair();
      PrintWriter out = spec.commandLine().getOut();
      if (changes.isEmpty()) {
        out.println("the schema history is in order: nothing to repair");
      } else {
        changes.forEach(out::println);
        out.printf("schema history repaired (%d %s)%n", changes.size(),
            changes.size() == 1 ? "entry" : "entries");
      }
      return ExitCodes.OK;
    }
  }

  /** {@code mics db info}. */
  @Command(name = "info", mixinStandardHelpOptions = true,
      description = "Show where the database is and its schema version.",
      footer = {"", "Example:", "  mics db info --json"})
  static final class Info implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print it as JSON.")
    boolean json;

    @Override
    public Integer call() {
      CompositionRoot root = db.mics.workspace.root();
      CompositionRoot.Schema info = root.schema();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("database", root.describeStore());
      m.put("schemaVersion", info.current().orElse(null));
      m.put("programVersion", info.program());
      m.put("pending", info.pending());
      m.put("newerThanProgram", info.newerThanProgram());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, m);
      } else {
        out.printf("database:        %s%n", m.get("database"));
        out.printf("schema version:  %s%n", info.current().orElse("none (not migrated yet)"));
        out.printf("program expects: %s%n", info.program());
        if (!info.pending().isEmpty()) {
          out.printf("pending:         %s (run: mics db migrate)%n", info.pending());
        }
        if (info.newerThanProgram()) {
          out.println("the schema is newer than this program: upgrade mics before using it");
        }
      }
      return ExitCodes.OK;
    }
  }
}
