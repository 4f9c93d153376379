package kz.stat.mics.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commands people run most, one after another in one JVM, on a plan document and a scratch
 * store: the build runs {@code views} and {@code record} with {@code -XX:DumpLoadedClassList} and
 * makes a class-data archive of each list, which the {@code mics} script maps, so that they hold
 * what those commands load, whichever command a user happens to run first.
 *
 * <p>Three runs, each its own JVM: {@code prepare} makes the scratch store and imports the document
 * into it; {@code views} runs the monitoring views on it, for the smaller archive the script maps
 * for them; {@code record}, the run the main archive is made from, reads, changes and re-imports
 * the stored plan, then removes the store. Making a store (initdb, the schema's migrations, and the
 * JSON library they load) stays out of both: it happens once per store, and its classes would make
 * an archive a half larger, which every command pays to map and relocate at start.
 *
 * <p>Arguments: {@code prepare}, {@code views} or {@code record}, a directory for the scratch
 * store, and a plan document.
 */
final class ClassDataRun {
  /**
   * The monitoring views, as the {@code views} run calls them on the scratch plan {@code p}: the
   * commands the {@code mics} script maps the views' archive for (its case of monitoring views).
   */
  static final String[][] VIEWS = {
      {"status", "p", "--as-of", "2024-10-01"},
      {"overdue", "p", "--as-of", "2024-10-01"},
      {"due", "p", "--as-of", "2024-10-01"},
      {"active", "p", "--as-of", "2024-10-01"},
      {"late", "p"},
      {"workload", "p"},
      {"funding", "p"},
  };

  private ClassDataRun() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !List.of("prepare", "views", "record").contains(args[0])) {
      throw new IllegalArgumentException(
          "usage: ClassDataRun prepare|views|record SCRATCH_DIRECTORY PLAN_DOCUMENT");
    }
    Path scratch = Path.of(args[1]);
    String dir = scratch.resolve("store").toString();
    String document = args[2];
    if (args[0].equals("prepare")) {
      remove(scratch);
      Files.createDirectories(scratch);
      run(new String[][] {{"--data-dir", dir, "import", document, "--plan", "p"}});
      return;
    }
    if (args[0].equals("views")) {
      run(Arrays.stream(VIEWS).map(view -> Stream.concat(Stream.of("--data-dir", dir),
          Arrays.stream(view)).toArray(String[]::new)).toArray(String[][]::new));
      return;
    }
    try {
      run(new String[][] {
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
      });
    } finally {
      remove(scratch);
    }
  }

  private static void remove(Path scratch) throws IOException {
    if (!Files.exists(scratch)) {
      return;
    }
    try (Stream<Path> files = Files.walk(scratch)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void run(String[][] commands) {
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
