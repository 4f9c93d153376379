package kz.stat.mics.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The commands people run most, one after another in one JVM, on a plan document and a scratch
 * store: the build runs this once with {@code -XX:ArchiveClassesAtExit} so that the class-data
 * archive the {@code mics} script maps holds what those commands load, whichever command a user
 * happens to run first.
 *
 * <p>Arguments: a directory to make the scratch store in (removed afterwards) and a plan document.
 */
final class ClassDataRun {
  private ClassDataRun() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ClassDataRun SCRATCH_PARENT PLAN_DOCUMENT");
    }
    Path scratch = Files.createTempDirectory(Files.createDirectories(Path.of(args[0])), "store");
    try {
      run(scratch.toString(), args[1]);
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void run(String dir, String document) {
    String[][] commands = {
        {"--data-dir", dir, "import", document, "--plan", "p"},
        {"--data-dir", dir, "plans"},
        {"--data-dir", dir, "status", "p", "--as-of", "2024-10-01"},
        {"--data-dir", dir, "overdue", "p", "--as-of", "2024-10-01"},
        {"--data-dir", dir, "due", "p", "--as-of", "2024-10-01", "--json"},
        {"--data-dir", dir, "progress", "p", "1.1", "--status", "done", "--by", "build"},
        {"--data-dir", dir, "show", "p"},
        {"validate", document},
        // every command's class: a command line builds only the command it names
        {"--help"},
    };
    for (String[] command : commands) {
      StringWriter err = new StringWriter();
      int code = Mics.run(new PrintWriter(new StringWriter()), new PrintWriter(err), command);
      if (code != ExitCodes.OK) {
        // a changed command line must not pass unnoticed: the archive would miss its classes
        throw new IllegalStateException("mics " + String.join(" ", command) + " exited " + code
            + ": " + err);
      }
    }
  }
}
