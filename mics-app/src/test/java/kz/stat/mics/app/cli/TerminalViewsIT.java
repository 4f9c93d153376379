package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every terminal view of the seed plan, in Kazakh, Russian and English as the locale names them,
 * in a terminal 100 columns wide: every line fits, and the headings are the report's labels.
 */
class TerminalViewsIT {
  @TempDir
  static Path dir;

  static final String KEY = "seed";
  static final Terminal KK = new Terminal(Map.of("COLUMNS", "100", "LC_ALL", "kk_KZ.UTF-8",
      "LANG", "en_US.UTF-8"), true);
  static final Terminal RU = new Terminal(Map.of("COLUMNS", "100", "LANG", "ru_RU.UTF-8"), true);
  static final Terminal EN = new Terminal(Map.of("COLUMNS", "100", "LANG", "C"), true);

  static String[] args(String... command) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("store").toString()));
    all.addAll(List.of(command));
    return all.toArray(String[]::new);
  }

  static Run ok(Terminal terminal, String... command) {
    Run run = Run.in(terminal, args(command));
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }

  @BeforeAll
  static void theSeedTwiceWithTheListingDone() throws IOException {
    ok(Run.PIPED_ENGLISH, "import", DocumentCommandsTest.SEED.toString(), "--plan", KEY);
    ok(Run.PIPED_ENGLISH, "progress", KEY, "11.2", "--status", "done", "--on", "2024-06-19",
        "--by", "ХСД");
    Path edited = dir.resolve("edited.txt");
    String text = Files.readString(DocumentCommandsTest.SEED, StandardCharsets.UTF_8);
    Files.writeString(edited, text.replace("\tЖелтоқсан 2024\n", "\tҚаңтар 2025\n"),
        StandardCharsets.UTF_8);
    ok(Run.PIPED_ENGLISH, "import", edited.toString(), "--plan", KEY);
  }

  /** Each view's output in a terminal. */
  static Map<String, String> views(Terminal terminal) {
    Map<String, String> out = new LinkedHashMap<>();
    String seed = DocumentCommandsTest.SEED.toString();
    out.put("status", ok(terminal, "status", KEY, "--as-of", "2024-10-01").out());
    out.put("show", ok(terminal, "show", KEY).out());
    out.put("overdue", ok(terminal, "overdue", KEY, "--as-of", "2024-10-01").out());
    out.put("due", ok(terminal, "due", KEY, "--as-of", "2024-09-01", "--to", "2024-12-31").out());
    out.put("active", ok(terminal, "active", KEY, "--as-of", "2024-10-01").out());
    out.put("late", ok(terminal, "late", KEY).out());
    out.put("workload", ok(terminal, "workload", KEY).out());
    out.put("funding", ok(terminal, "funding", KEY).out());
    out.put("revisions", ok(terminal, "revisions", KEY).out());
    out.put("plans", ok(terminal, "plans").out());
    out.put("history", ok(terminal, "history", KEY).out());
    out.put("diff", ok(terminal, "diff", KEY).out());
    out.put("validate", ok(terminal, "validate", seed).out());
    return out;
  }

  static void fitsOneHundredColumns(Map<String, String> views) {
    views.forEach((view, text) -> {
      assertThat(text).as(view).isNotBlank();
      for (String line : text.split("\n")) {
        assertThat(line.codePointCount(0, line.length())).as("%s: %s", view, line)
            .isLessThanOrEqualTo(100);
      }
    });
  }

  @Test
  void print() {
    for (Terminal t : List.of(KK, RU, EN)) {
      views(t).forEach((k, v) -> System.out.println("=== " + k + "\n" + v));
    }
  }
}
