package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.io.json.JsonHistoryReader;
import kz.stat.mics.io.table.TablePlanReader;
import kz.stat.mics.io.table.TablePlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mics import} of a large plan's second revision, killed at random moments in a child JVM:
 * the next command succeeds, the store holds the first revision alone or both whole, and no
 * server of the store is left running once that command has ended.
 */
class ImportKilledIT {
  private static final int ACTIVITIES = 20_000;
  private static final int TRIALS = 10;
  private static final long SEED = 20_261_201L;
  private static final String KEY = "big";

  @TempDir
  Path dir;

  @Test
  void anImportKilledAtAnyMomentLeavesTheOldRevisionOrTheNewOneAndNoServer() throws Exception {
    Path firstDocument = write(dir.resolve("first").resolve(KEY + ".txt"), plan(""));
    Path secondDocument = write(dir.resolve("second").resolve(KEY + ".txt"),
        plan(" (revised)"));
    ActionPlan first = read(firstDocument);
    ActionPlan second = read(secondDocument);
    assertThat(first.activities()).hasSize(ACTIVITIES);
    assertThat(second.activities()).hasSize(ACTIVITIES);

    Path pristine = dir.resolve("pristine");
    Run imported = Run.of("--data-dir", pristine.toString(), "import", firstDocument.toString());
    assertThat(imported.code()).as(imported.err()).isZero();

    // An import left to finish: how long one takes here, over which the kills are spread.
    Path whole = copy(pristine, dir.resolve("whole"));
    long started = System.nanoTime();
    Process uncut = importInChild(whole, secondDocument, "whole");
    assertThat(uncut.waitFor(5, TimeUnit.MINUTES)).isTrue();
    long wholeMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(uncut.exitValue()).isZero();
    assertThat(titlesAfterNextCommand(whole)).containsExactly(first.title(), second.title());
    assertThat(exported(whole)).containsExactly(first, second);

    Random random = new Random(SEED);
    int kept = 0;
    for (int trial = 1; trial <= TRIALS; trial++) {
      Path store = copy(pristine, dir.resolve("trial-" + trial));
      long delay = 1 + random.nextInt((int) wholeMillis);
      Process child = importInChild(store, secondDocument, "trial-" + trial);
      boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
      child.destroyForcibly().waitFor();

      List<String> titles = titlesAfterNextCommand(store);
      System.out.printf("trial %d: killed after %d of %d ms (%s): %d revision(s)%n", trial, delay,
          wholeMillis, finished ? "it had finished" : "still running", titles.size());
      if (titles.size() == 1) {
        assertThat(titles).containsExactly(first.title());
      } else {
        assertThat(titles).containsExactly(first.title(), second.title());
        kept++;
      }
      deleteTree(store);
    }
    System.out.printf("%d of %d killed imports were kept whole%n", kept, TRIALS);
  }

  /**
   * Runs the next command on the store in this JVM, {@code mics revisions big --json}: checks that
   * it succeeds, that every revision it lists holds all the activities (the latest one too), and
   * that no server of the store runs after it; returns the revisions' titles in order.
   */
  private static List<String> titlesAfterNextCommand(Path store) throws IOException {
    Run revisions = Run.of("--data-dir", store.toString(), "revisions", KEY, "--json");
    assertThat(revisions.code()).as(revisions.err()).isZero();
    assertThat(serversOn(store)).as("postgres processes on " + store).isEmpty();
    List<String> titles = new ArrayList<>();
    int number = 0;
    for (JsonNode r : new ObjectMapper().readTree(revisions.out())) {
      assertThat(r.get("revision").asInt()).isEqualTo(++number);
      assertThat(r.get("activities").asInt()).isEqualTo(ACTIVITIES);
      titles.add(r.get("title").asText());
    }
    return titles;
  }

  /** Every revision's plan, as {@code mics export big --to json} writes them. */
  private static List<ActionPlan> exported(Path store) {
    Run export = Run.of("--data-dir", store.toString(), "export", KEY, "--to", "json");
    assertThat(export.code()).as(export.err()).isZero();
    PlanHistory history = new JsonHistoryReader().read("export", new ByteArrayInputStream(
        export.out().getBytes(StandardCharsets.UTF_8)));
    List<ActionPlan> plans = new ArrayList<>();
    history.revisions().forEach(r -> plans.add(r.plan()));
    return plans;
  }

  private Process importInChild(Path store, Path document, String name) throws IOException {
    return new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--data-dir", store.toString(), "import", document.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  /**
   * The seed's activities repeated in turn into {@link #ACTIVITIES}, in sections of 100 coded
   * "section.n"; the plan's title and each activity's followed by {@code suffix}.
   */
  private static ActionPlan plan(String suffix) {
    ActionPlan seed = SeedPlan.plan();
    List<Activity> pattern = seed.activities();
    List<Section> sections = new ArrayList<>();
    for (int s = 1; (s - 1) * 100 < ACTIVITIES; s++) {
      List<Activity> rows = new ArrayList<>();
      for (int n = 1; n <= 100; n++) {
        Activity a = pattern.get(((s - 1) * 100 + n - 1) % pattern.size());
        rows.add(Activity.of(s + "." + n, a.title() + suffix, a.responsible(), a.deadline(),
            a.completionForm(), a.financing()));
      }
      sections.add(Section.of(Integer.toString(s), "Section " + s, rows));
    }
    return ActionPlan.of(seed.title() + suffix, seed.language(), seed.period(), sections,
        seed.executors());
  }

  private static Path write(Path file, ActionPlan plan) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      new TablePlanWriter().write(plan, out);
    }
    return file;
  }

  private static ActionPlan read(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return new TablePlanReader().read(file.toString(), in);
    }
  }

  /**
   * A copy of a stopped store, modes kept, sockets left out; the server programs, which are only
   * read, linked rather than copied.
   */
  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
          Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && from.relativize(p).startsWith("bin")) {
          Files.createLink(target, p);
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            || Files.isSymbolicLink(p)) {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
    return to;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Processes whose command line names this store's cluster. */
  static List<Long> serversOn(Path store) {
    String pgdata = store.toAbsolutePath().resolve("pgdata").toString();
    return ProcessHandle.allProcesses()
        .filter(p -> {
          String cmdline = cmdline(p);
          return cmdline.contains(pgdata + " ") || cmdline.endsWith(pgdata);
        })
        .map(ProcessHandle::pid).toList();
  }

  private static String cmdline(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
          StandardCharsets.UTF_8).replace('\0', ' ').strip();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
