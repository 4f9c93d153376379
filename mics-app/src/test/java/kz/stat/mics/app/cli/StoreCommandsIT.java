package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store and monitoring commands end to end, on the embedded PostgreSQL in a fresh data
 * directory (or the server in MICS_TEST_DB_URL): the seed imported twice, a revised copy, progress,
 * a conflict, the views and the report.
 */
@TestMethodOrder(OrderAnnotation.class)
class StoreCommandsIT {
  @TempDir
  static Path dir;

  /** Plan keys of this run, so that runs against one shared server do not meet. */
  static final String PLAN = "mics-" + Long.toString(System.nanoTime(), 36);

  static String[] args(String... command) {
    List<String> all = new ArrayList<>();
    String url = System.getenv("MICS_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      all.add("--db");
      all.add(url);
    } else {
      all.add("--data-dir");
      all.add(dir.resolve("store").toString());
    }
    all.addAll(List.of(command));
    return all.toArray(String[]::new);
  }

  static Run mics(String... command) {
    return Run.of(args(command));
  }

  static Path seedCopy() throws IOException {
    Path copy = dir.resolve(PLAN + "-seed.txt");
    if (!Files.exists(copy)) {
      Files.copy(DocumentCommandsTest.SEED, copy);
    }
    return copy;
  }

  @Test
  @Order(1)
  void importingTheSeedTwiceGivesOnePlanWithOneRevision() throws IOException {
    Run first = mics("import", seedCopy().toString(), "--plan", PLAN);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("revision 1");
    Run second = mics("import", seedCopy().toString(), "--plan", PLAN);
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("unchanged").contains("revision 1");
    Run revisions = mics("revisions", PLAN, "--json");
    assertThat(revisions.out()).contains("\"revision\" : 1").doesNotContain("\"revision\" : 2");
  }

  @Test
  @Order(2)
  void progressRecordedBeforeAnEditShowsAfterIt() {
    Run done = mics("progress", PLAN, "11.2", "--status", "done", "--on", "2024-06-19", "--by",
        "ХСД", "--note", "листинг аяқталды");
    assertThat(done.code()).as(done.err()).isZero();
    Run late = mics("late", PLAN, "--json");
    assertThat(codes(late.out())).containsExactly("11.2");
    assertThat(late.out()).contains("\"due\" : \"2024-05-31\"")
        .contains("\"finished\" : \"2024-06-19\"").contains("\"daysLate\" : 19");
  }

  @Test
  @Order(3)
  void anEditedDeadlineIsTheOnlyDifferenceBetweenRevisions() throws IOException {
    Path edited = dir.resolve("mics-edited.txt");
    String text = Files.readString(seedCopy(), StandardCharsets.UTF_8)
        .replace("\tЖелтоқсан 2024\n", "\tҚаңтар 2025\n");
    Files.writeString(edited, text, StandardCharsets.UTF_8);
    Run imported = mics("import", edited.toString(), "--plan", PLAN);
    assertThat(imported.out()).contains("revision 2");
    Run diff = mics("diff", PLAN, "--json");
    assertThat(diff.code()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("\"code\" : \"13.4\"").contains("\"field\" : \"deadline\"")
        .contains("Желтоқсан 2024").contains("Қаңтар 2025")
        .contains("\"added\" : [ ]").contains("\"removed\" : [ ]");
    assertThat(diff.out().split("\"field\"", -1)).hasSize(2);
    Run history = mics("history", PLAN, "11.2");
    assertThat(history.out()).contains("done").contains("2024-06-19");
    assertThat(mics("late", PLAN).out()).contains("11.2");
  }

  @Test
  @Order(4)
  void aStaleVersionIsRefusedAsAConflictAndNothingIsWritten() {
    Run stale = mics("progress", PLAN, "13.1", "--status", "in-progress", "--on", "2024-09-02",
        "--expect-version", "0");
    assertThat(stale.code()).isEqualTo(ExitCodes.DATA);
    assertThat(stale.err()).contains("conflict");
    assertThat(mics("history", PLAN, "--json").out()).contains("\"version\" : 1");
  }

  @Test
  @Order(5)
  void theViewsAnswerForTheSeedAsOfTheFirstOfOctober2024() throws IOException {
    Run active = mics("active", seedCopy().toString(), "--on", "2024-10-01", "--json");
    assertThat(active.code()).as(active.err()).isZero();
    assertThat(codes(active.out())).containsExactly("10.1", "13.1", "13.2", "13.3", "15.1", "15.2");
    Run overdue = mics("overdue", PLAN, "--as-of", "2024-10-01", "--json");
    assertThat(codes(overdue.out())).containsExactly("1.1", "2.1", "2.2", "3.1", "3.2", "3.3",
        "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "8.1", "8.2", "8.3",
        "8.4", "9.1", "9.2", "9.3", "10.2", "10.3", "11.1", "11.3", "11.4", "11.5", "11.6",
        "12.1");
  }

  @Test
  @Order(5)
  void theSummaryDueWorkloadAndFundingOfTheSeedAreTheHandWorkedOnes() throws IOException {
    String seed = seedCopy().toString();
    Run status = mics("status", seed, "--as-of", "2024-10-01", "--json");
    assertThat(status.code()).as(status.err()).isZero();
    assertThat(status.out()).contains("\"activities\" : 47").contains("\"done\" : 0")
        .contains("\"overdue\" : 32").contains("\"dueIn30Days\" : 0");
    Run due = mics("due", seed, "--from", "2024-10-01", "--to", "2024-12-31", "--json");
    assertThat(codes(due.out())).containsExactly("10.1", "13.1", "13.2", "13.3", "13.4");
    // ХСД in September 2024: lead of 10.3, 13.1 and 15.1; co-executor of 10.1 and 13.3
    Run workload = mics("workload", seed, "--year", "2024", "--json");
    assertThat(workload.out().replaceAll("\\s+", ""))
        .contains("\"executor\":\"ХСД\",\"months\":{")
        .contains("\"2024-09\":{\"lead\":3,\"co\":2}");
    // UNICEF pays for 4.2 (2 months), 6.1 (1), 6.2 (2) and 6.3 (3)
    Run funding = mics("funding", seed, "--json");
    assertThat(funding.out().replaceAll("\\s+", ""))
        .contains("{\"source\":\"STATE_BUDGET\",\"activities\":13,")
        .contains("{\"source\":\"UNICEF\",\"activities\":4,\"activityMonths\":8}")
        .contains("{\"source\":\"NOT_REQUIRED\",\"activities\":30,");
  }

  @Test
  @Order(5)
  void theReportIsOneSelfContainedPageWithABarPerWindowAndTheOverdueRows() throws IOException {
    Path html = dir.resolve("report.html");
    Run report = mics("report", seedCopy().toString(), "--as-of", "2024-10-01", "-o",
        html.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out()).contains("overdue 32").contains("report written to " + html);
    String page = Files.readString(html);
    assertThat(page.split("class=\"bar\"", -1)).hasSize(50);
    assertThat(page.split("class=\"overdue-row\"", -1)).hasSize(33);
    assertThat(page).doesNotContain("<script src").doesNotContain("<link ")
        .doesNotContainPattern("(src|href)=\"https?:").doesNotContain("@import");
  }

  @Test
  @Order(6)
  void anUnknownPlanOrActivityExitsSixtyFive() {
    assertThat(mics("show", "no-such-plan").code()).isEqualTo(ExitCodes.DATA);
    Run unknown = mics("progress", PLAN, "99.9", "--status", "done");
    assertThat(unknown.code()).isEqualTo(ExitCodes.DATA);
    assertThat(unknown.err()).contains("99.9");
  }

  @Test
  @Order(7)
  void anExportedHistoryImportsIntoAnotherStoreWithNothingLost() throws IOException {
    Path export = dir.resolve("history.json");
    Run exported = mics("export", PLAN, "--to", "json", "-o", export.toString());
    assertThat(exported.code()).as(exported.err()).isZero();
    Path other = dir.resolve("other-store");
    Run imported = Run.of("--data-dir", other.toString(), "import", export.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Path again = dir.resolve("history-again.json");
    Run reexported = Run.of("--data-dir", other.toString(), "export", PLAN, "--to", "json", "-o",
        again.toString());
    assertThat(reexported.code()).as(reexported.err()).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(export));
  }

  static List<String> codes(String json) {
    List<String> codes = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\"code\" : \"([0-9.]+)\"").matcher(json);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
