package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store and monitoring commands end to end, on the embedded PostgreSQL (or the server in
 * MICS_TEST_DB_URL). Every test stands alone: it stores what it needs under a plan key of its own,
 * so the tests pass alone and in any order, and runs against one shared server do not meet.
 */
class StoreCommandsIT {
  /** The class's embedded store, started once; tests keep apart by their plan keys. */
  @TempDir
  static Path store;

  @TempDir
  Path dir;

  /** This test's plan key. */
  String plan;

  private static final String RUN = "mics-" + Long.toString(System.nanoTime(), 36);
  private static final AtomicInteger TESTS = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SEED_TITLE = "2023-2025 жж.арналған Мультииндикаторлық кластерлік зерттеу "
      + "(MICS) бойынша Іс-шаралар жоспары";
  /** Due before 1 October 2024 and with no progress: all but 10.1, 13.x, 14.x and 15.x. */
  static final List<String> OVERDUE_ON_OCTOBER_1 = List.of("1.1", "2.1", "2.2", "3.1", "3.2",
      "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "8.1", "8.2",
      "8.3", "8.4", "9.1", "9.2", "9.3", "10.2", "10.3", "11.1", "11.2", "11.3", "11.4", "11.5",
      "11.6", "12.1");
  /** Scheduled on 1 October 2024: 10.1 and 13.1-13.3 (to November), 15.1 and 15.2 (to 2025). */
  static final List<String> ACTIVE_ON_OCTOBER_1 =
      List.of("10.1", "13.1", "13.2", "13.3", "15.1", "15.2");

  @BeforeEach
  void aPlanKeyOfItsOwn() {
    plan = RUN + "-" + TESTS.incrementAndGet();
  }

  static String[] args(Path dataDir, String... command) {
    List<String> all = new ArrayList<>();
    String url = System.getenv("MICS_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      all.add("--db");
      all.add(url);
    } else {
      all.add("--data-dir");
      all.add(dataDir.toString());
    }
    all.addAll(List.of(command));
    return all.toArray(String[]::new);
  }

  static Run mics(String... command) {
    return Run.of(args(store.resolve("store"), command));
  }

  /** Runs a command on the embedded store in {@code dataDir}, whatever MICS_TEST_DB_URL says. */
  static Run embedded(Path dataDir, String... command) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
    all.addAll(List.of(command));
    return Run.of(all.toArray(String[]::new));
  }

  /** Runs a command that must succeed. */
  static Run ok(String... command) {
    Run run = mics(command);
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }

  static JsonNode json(Run run) {
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new UncheckedIOException(run.out(), e);
    }
  }

  static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  /** The "code" of each object of a JSON array, in order. */
  static List<String> codes(JsonNode array) {
    assertThat(array.isArray()).as(array.toString()).isTrue();
    List<String> codes = new ArrayList<>();
    array.forEach(row -> codes.add(row.get("code").asText()));
    return codes;
  }

  /** The seed stored as revision 1 of this test's plan. */
  void storeTheSeed() {
    assertThat(ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan).out())
        .isEqualTo(DocumentCommandsTest.SEED + ": stored as plan " + plan + ", revision 1\n");
  }

  /** A copy of the seed whose file name gives this test's plan key, which stores nothing. */
  Path seedNamedAsThePlan() throws IOException {
    return Files.copy(DocumentCommandsTest.SEED, dir.resolve(plan + ".txt"));
  }

  /** The seed with 13.4 due in January 2025 instead of December 2024. */
  Path editedSeed() throws IOException {
    Path edited = dir.resolve("edited.txt");
    String text = Files.readString(DocumentCommandsTest.SEED, StandardCharsets.UTF_8);
    assertThat(text).containsOnlyOnce("\tЖелтоқсан 2024\n");
    Files.writeString(edited, text.replace("\tЖелтоқсан 2024\n", "\tҚаңтар 2025\n"),
        StandardCharsets.UTF_8);
    return edited;
  }

  void listingIsDone(String planKey) {
    assertThat(ok("progress", planKey, "11.2", "--status", "done", "--on", "2024-06-19", "--by",
        "ХСД", "--note", "листинг аяқталды").out())
        .isEqualTo(planKey + " 11.2: done on 2024-06-19 (event 1)\n");
  }

  @Test
  void importingTheSeedTwiceGivesOnePlanWithOneRevision() {
    storeTheSeed();
    Run again = ok("import", DocumentCommandsTest.SEED.toString(), "--plan", plan);
    assertThat(again.out()).isEqualTo(
        DocumentCommandsTest.SEED + ": unchanged, plan " + plan + " stays at revision 1\n");
    JsonNode revisions = json(ok("revisions", plan, "--json"));
    assertThat(revisions).hasSize(1);
    assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(1);
    assertThat(revisions.get(0).get("activities").asInt()).isEqualTo(47);
    assertThat(revisions.get(0).get("title").asText()).isEqualTo(SEED_TITLE);
  }

  @Test
  void listingFinishedOnTheNineteenthOfJuneIsNineteenDaysLate() {
    storeTheSeed();
    listingIsDone(plan);
    JsonNode late = json(ok("late", plan, "--json"));
    assertThat(codes(late)).containsExactly("11.2");
    assertThat(late.get(0).get("deadline").asText()).isEqualTo("Сәуір-Мамыр 2024");
    assertThat(late.get(0).get("due").asText()).isEqualTo("2024-05-31");
    assertThat(late.get(0).get("finished").asText()).isEqualTo("2024-06-19");
    assertThat(late.get(0).get("daysLate").asInt()).isEqualTo(19);
  }

  @Test
  void anEditedDeadlineIsTheOnlyDifferenceBetweenRevisionsAndProgressCarriesOver()
      throws IOException {
    storeTheSeed();
    listingIsDone(plan);
    Path edited = editedSeed();
    assertThat(ok("import", edited.toString(), "--plan", plan).out())
        .isEqualTo(edited + ": stored as plan " + plan + ", revision 2\n");
    JsonNode diff = json(ok("diff", plan, "--json"));
    assertThat(diff.get("plan").asText()).isEqualTo(plan);
    assertThat(diff.get("from").asInt()).isEqualTo(1);
    assertThat(diff.get("to").asInt()).isEqualTo(2);
    assertThat(diff.get("added")).isEmpty();
    assertThat(diff.get("removed")).isEmpty();
    assertThat(diff.get("changed")).hasSize(1);
    JsonNode change = diff.get("changed").get(0);
    assertThat(change.get("code").asText()).isEqualTo("13.4");
    assertThat(change.get("field").asText()).isEqualTo("deadline");
    assertThat(change.get("before").asText())
        .isEqualTo("Желтоқсан 2024 [2024-12-01..2024-12-31]");
    assertThat(change.get("after").asText()).isEqualTo("Қаңтар 2025 [2025-01-01..2025-01-31]");
    JsonNode history = json(ok("history", plan, "11.2", "--json"));
    assertThat(history.get("version").asLong()).isEqualTo(1);
    assertThat(history.get("events")).hasSize(1);
    assertThat(history.get("events").get(0).get("status").asText()).isEqualTo("DONE");
    assertThat(history.get("events").get(0).get("on").asText()).isEqualTo("2024-06-19");
    assertThat(codes(json(ok("late", plan, "--json")))).containsExactly("11.2");
  }

  @Test
  void aStaleVersionIsRefusedAsAConflictAndNothingIsWritten() {
    storeTheSeed();
    listingIsDone(plan);
    Run stale = mics("progress", plan, "13.1", "--status", "in-progress", "--on", "2024-09-02",
        "--expect-version", "0");
    assertThat(stale.code()).isEqualTo(ExitCodes.DATA);
    assertThat(stale.err()).isEqualTo("mics: conflict: plan " + plan + ": progress changed since "
        + "version 0 (it is now at version 1); nothing was recorded, read it again and retry\n");
    JsonNode history = json(ok("history", plan, "--json"));
    assertThat(history.get("version").asLong()).isEqualTo(1);
    assertThat(history.get("events")).hasSize(1);
    Run current = ok("progress", plan, "13.1", "--status", "in-progress", "--on", "2024-09-02",
        "--expect-version", "1");
    assertThat(current.out()).isEqualTo(plan + " 13.1: in-progress on 2024-09-02 (event 2)\n");
  }

  @Test
  void theViewsOfAStoredPlanAnswerWithItsProgressAsOfTheFirstOfOctober2024() {
    storeTheSeed();
    listingIsDone(plan);
    ok("progress", plan, "13.1", "--status", "in-progress", "--on", "2024-09-02");
    JsonNode active = json(ok("active", plan, "--on", "2024-10-01", "--json"));
    assertThat(codes(active)).containsExactlyElementsOf(ACTIVE_ON_OCTOBER_1);
    List<String> statuses = new ArrayList<>();
    active.forEach(a -> statuses.add(a.get("status").asText()));
    assertThat(statuses).containsExactly("PLANNED", "IN_PROGRESS", "PLANNED", "PLANNED",
        "PLANNED", "PLANNED");
    Run overdue = ok("overdue", plan, "--as-of", "2024-10-01", "--json");
    assertThat(overdue.err()).isEmpty();
    JsonNode rows = json(overdue);
    List<String> withoutListing = new ArrayList<>(OVERDUE_ON_OCTOBER_1);
    withoutListing.remove("11.2");
    assertThat(codes(rows)).containsExactlyElementsOf(withoutListing);
    // 1.1 was due on 28 February 2023: 307 days to the end of 2023, then 274 days of 2024
    assertThat(rows.get(0).get("daysOverdue").asInt()).isEqualTo(581);
    // 12.1 was due on 31 August 2024, 31 days before
    assertThat(rows.get(30).get("code").asText()).isEqualTo("12.1");
    assertThat(rows.get(30).get("daysOverdue").asInt()).isEqualTo(31);
  }

  @Test
  void aListViewPrintsAPageOfRowsThenHowManyMoreThereAre() {
    storeTheSeed();
    listingIsDone(plan);
    Run two = ok("overdue", plan, "--as-of", "2024-10-01", "--limit", "2", "--lang", "en");
    // 1.1 was due on 28 February 2023 (581 days before); 2.1 on 31 May 2023: 214 days to the end
    // of 2023, then 275 to 1 October 2024
    assertThat(lines(two.out())).containsExactly(
        "No.  Activity                                                                      "
            + "Lead executor  Due         Days overdue  Status",
        "---  ----------------------------------------------------------------------------  "
            + "-------------  ----------  ------------  -------",
        "1.1  2024 жылға арналған СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу  "
            + "ХСД            2023-02-28  581           Planned",
        "2.1  2023-2024 жылдарға арналған бюджеттік өтінімді қалыптастыру                   "
            + "ӘЖД            2023-05-31  489           Planned",
        "… and 29 more: --all or --json shows every one");
    // every one of the 31: 32 due before October, less the listing done in June
    List<String> all = lines(ok("overdue", plan, "--as-of", "2024-10-01", "--all", "--lang", "en")
        .out());
    assertThat(all).hasSize(2 + 31);
    assertThat(all.get(2)).startsWith("1.1 ");
    assertThat(all.get(32)).startsWith("12.1 ");
    assertThat(String.join("\n", all)).doesNotContain("more:");
    // the default page of 50 holds all 31, so no line about more
    assertThat(lines(ok("overdue", plan, "--as-of", "2024-10-01", "--lang", "en").out()))
        .isEqualTo(all);
    // --json ignores the page
    assertThat(json(ok("overdue", plan, "--as-of", "2024-10-01", "--limit", "2", "--json")))
        .hasSize(31);

    // due in the last quarter: 10.1, 13.1, 13.2, 13.3, 13.4
    assertThat(lines(ok("due", plan, "--as-of", "2024-10-01", "--to", "2024-12-31", "--limit",
        "1", "--lang", "en").out())).hasSize(4).last()
        .isEqualTo("… and 4 more: --all or --json shows every one");
    // scheduled on 1 October: 10.1, 13.1, 13.2, 13.3, 15.1, 15.2
    assertThat(lines(ok("active", plan, "--as-of", "2024-10-01", "--limit", "5", "--lang", "ru")
        .out())).hasSize(2 + 5 + 1).last()
        .isEqualTo("… и ещё 1: все строки покажут --all или --json");
    // 1.1 was due on 28 February 2023 and done on 10 March: late as 11.2 is
    ok("progress", plan, "1.1", "--status", "done", "--on", "2023-03-10", "--by", "ХСД");
    assertThat(lines(ok("late", plan, "--limit", "1", "--lang", "en").out())).containsExactly(
        "No.  Activity                                                                      "
            + "Lead executor  Due         Finished    Days late",
        "---  ----------------------------------------------------------------------------  "
            + "-------------  ----------  ----------  ---------",
        "1.1  2024 жылға арналған СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу  "
            + "ХСД            2023-02-28  2023-03-10  10",
        "… and 1 more: --all or --json shows every one");
    assertThat(lines(ok("late", plan, "--all", "--lang", "en").out())).hasSize(2 + 2);
  }

  @Test
  void showPrintsAPageOfTheRevisionOrTheOneActivityAsked() {
    storeTheSeed();
    java.util.regex.Pattern activityRow = java.util.regex.Pattern.compile("^\\s*\\d+\\.\\d+ .*");
    List<String> page = lines(ok("show", plan, "--limit", "3", "--lang", "en").out());
    // sections 1 and 2 hold the first three activities of 47
    assertThat(page).filteredOn(l -> activityRow.matcher(l).matches())
        .extracting(l -> l.strip().split(" ")[0]).containsExactly("1.1", "2.1", "2.2");
    assertThat(page).filteredOn(l -> l.matches("^\\d+ .*"))
        .extracting(l -> l.split(" ")[0]).containsExactly("1", "2");
    assertThat(page).last().isEqualTo("… and 44 more: --all or --json shows every one");

    List<String> one = lines(ok("show", plan, "--activity", "11.2", "--lang", "en").out());
    assertThat(one).filteredOn(l -> activityRow.matcher(l).matches())
        .singleElement().asString().contains("11.2 ").contains("Листинг өткізу");
    assertThat(one).filteredOn(l -> l.matches("^\\d+ .*")).singleElement().asString()
        .startsWith("11 ");
    assertThat(String.join("\n", one)).doesNotContain("more:");

    Run none = mics("show", plan, "--activity", "99.9");
    assertThat(none.code()).isEqualTo(ExitCodes.DATA);
    assertThat(none.err()).isEqualTo("mics: " + plan + " has no activity 99.9\n");
  }

  @Test
  void theSummaryPagesItsOverdueListAndKeepsItsCountsWhole() {
    storeTheSeed();
    listingIsDone(plan);
    String status = ok("status", plan, "--as-of", "2024-10-01", "--limit", "2", "--lang", "ru")
        .out();
    List<String> lines = lines(status);
    assertThat(lines.subList(3, 9)).containsExactly(
        "Просроченные мероприятия:",
        "№    Мероприятие                                                                   "
            + "Ответственный исполнитель  Срок        Просрочка, дней  Статус",
        "---  ----------------------------------------------------------------------------  "
            + "-------------------------  ----------  ---------------  -------------",
        "1.1  2024 жылға арналған СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу  "
            + "ХСД                        2023-02-28  581              Запланировано",
        "2.1  2023-2024 жылдарға арналған бюджеттік өтінімді қалыптастыру                   "
            + "ӘЖД                        2023-05-31  489              Запланировано",
        "… и ещё 29: все строки покажут --all или --json");
    // the counts stay whole, and what starts next is not a page
    assertThat(lines.get(1)).startsWith("  Выполнено 1 · Выполняется 0 · Просрочено 31 · ");
    assertThat(lines.get(10)).isEqualTo("Начнутся следующими:");
    JsonNode s = json(ok("status", plan, "--as-of", "2024-10-01", "--limit", "2", "--json"));
    assertThat(s.get("overdueList")).hasSize(31);
  }

  @Test
  void aLimitBelowOneOrBesideAllIsAUsageError() {
    storeTheSeed();
    for (String view : List.of("overdue", "due", "active", "late", "status")) {
      Run zero = mics(view, plan, "--limit", "0");
      assertThat(zero.code()).as(view).isEqualTo(ExitCodes.USAGE);
      assertThat(zero.err()).as(view).contains("--limit must be 1 or more, not 0")
          .doesNotContain("Exception");
      assertThat(mics(view, plan, "--limit", "-3").code()).as(view).isEqualTo(ExitCodes.USAGE);
      assertThat(mics(view, plan, "--all", "--limit", "3").code()).as(view)
          .isEqualTo(ExitCodes.USAGE);
    }
    assertThat(mics("overdue", "--all", "--limit", "0").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aDocumentsViewIsPagedToo() throws IOException {
    String seed = seedNamedAsThePlan().toString();
    assertThat(lines(ok("overdue", seed, "--as-of", "2024-10-01", "--limit", "30", "--lang", "en")
        .out())).hasSize(2 + 30 + 1).last()
        .isEqualTo("… and 2 more: --all or --json shows every one");
  }

  @Test
  void overdueWithAllAndNoPlanIsPagedOnlyWhenALimitIsGiven() {
    storeTheSeed();
    List<String> page = lines(ok("overdue", "--all", "--as-of", "2024-10-01", "--limit", "3",
        "--lang", "en").out());
    assertThat(page).hasSize(2 + 3 + 1);
    assertThat(page.get(5)).matches("… and [0-9,]+ more: without --limit, every one is shown");
    assertThat(String.join("\n", lines(ok("overdue", "--all", "--as-of", "2024-10-01", "--lang",
        "en").out()))).contains(plan).doesNotContain("more:");
  }

  @Test
  void overdueWithAllAndNoPlanListsEveryStoredPlanByKey() {
    storeTheSeed();
    String second = plan + "-b";
    ok("import", DocumentCommandsTest.SEED.toString(), "--plan", second);
    listingIsDone(second);

    JsonNode rows = json(ok("overdue", "--all", "--as-of", "2024-10-01", "--json"));
    List<String> mine = new ArrayList<>();
    rows.forEach(r -> {
      if (r.get("plan").asText().equals(plan) || r.get("plan").asText().equals(second)) {
        mine.add(r.get("plan").asText() + " " + r.get("code").asText());
      }
    });
    List<String> expected = new ArrayList<>();
    OVERDUE_ON_OCTOBER_1.forEach(c -> expected.add(plan + " " + c));
    OVERDUE_ON_OCTOBER_1.stream().filter(c -> !c.equals("11.2"))
        .forEach(c -> expected.add(second + " " + c));
    assertThat(mine).containsExactlyElementsOf(expected);
    assertThat(ok("overdue", "--all", "--as-of", "2024-10-01", "--lang", "en").out())
        .contains(second).contains("12.1");
    assertThat(mics("overdue", "--as-of", "2024-10-01").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theSummaryDueWorkloadAndFundingOfTheSeedDocumentAreTheHandWorkedOnes() throws IOException {
    String seed = seedNamedAsThePlan().toString();
    Run status = ok("status", seed, "--as-of", "2024-10-01", "--json");
    JsonNode s = json(status);
    assertThat(s.get("asOf").asText()).isEqualTo("2024-10-01");
    assertThat(s.get("activities").asInt()).isEqualTo(47);
    assertThat(s.get("done").asInt()).isZero();
    assertThat(s.get("inProgress").asInt()).isZero();
    assertThat(s.get("planned").asInt()).isEqualTo(47);
    assertThat(s.get("cancelled").asInt()).isZero();
    assertThat(s.get("overdue").asInt()).isEqualTo(32);
    assertThat(s.get("dueIn30Days").asInt()).isZero();
    assertThat(codes(s.get("overdueList"))).containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    assertThat(s.get("dueSoonList")).isEmpty();

    JsonNode due = json(ok("due", seed, "--from", "2024-10-01", "--to", "2024-12-31", "--json"));
    assertThat(codes(due)).containsExactly("10.1", "13.1", "13.2", "13.3", "13.4");

    JsonNode workload = json(ok("workload", seed, "--year", "2024", "--json"));
    JsonNode population = null;
    for (JsonNode row : workload.get("executors")) {
      if (row.get("executor").asText().equals("ХСД")) {
        population = row;
      }
    }
    assertThat(population).as("ХСД in %s", workload).isNotNull();
    // ХСД in 2024, lead/co: 15.1 leads every month; 3.3 (Feb-Mar), 10.3 (Mar, Sep), 11.1 (Apr),
    // 3.4 and 11.5 (Jul), 12.1 (Aug), 13.1 (Sep-Nov) lead; 10.1 (Mar-Apr, Sep-Nov), 10.2
    // (Mar-Apr), 11.2 (Apr-May), 11.3 and 11.4 (Jun-Jul), 11.6 (Jul), 13.3 (Sep-Nov) co
    JsonNode months = population.get("months");
    int[][] expected = {{1, 0}, {2, 0}, {3, 2}, {2, 3}, {1, 1}, {1, 2}, {3, 3}, {2, 0}, {3, 2},
        {2, 2}, {2, 2}, {1, 0}};
    assertThat(months).hasSize(12);
    for (int m = 1; m <= 12; m++) {
      JsonNode cell = months.get(String.format("2024-%02d", m));
      assertThat(cell).as("2024-%02d", m).isNotNull();
      assertThat(new int[] {cell.get("lead").asInt(), cell.get("co").asInt()})
          .as("2024-%02d", m).containsExactly(expected[m - 1]);
    }

    // State budget: 2.1 (4 months), 9.2, 11.2 (2 each), 13.1 (3) and nine of one month: 20.
    // UNICEF: 4.2 (2), 6.1 (1), 6.2 (2), 6.3 (3): 8. Not required: 30 activities, 95 months,
    // of which 15.1 alone runs 26 and 15.2 13.
    JsonNode funding = json(ok("funding", seed, "--json"));
    List<String> rows = new ArrayList<>();
    funding.forEach(f -> rows.add(f.get("source").asText() + " " + f.get("activities").asInt()
        + " " + f.get("activityMonths").asInt()));
    assertThat(rows).containsExactly("STATE_BUDGET 13 20", "UNICEF 4 8", "NOT_REQUIRED 30 95");
  }

  @Test
  void theReportIsOneSelfContainedPageWithABarPerWindowAndTheOverdueRows() throws IOException {
    Path html = dir.resolve("report.html");
    Run report = ok("report", seedNamedAsThePlan().toString(), "--as-of", "2024-10-01", "-o",
        html.toString());
    assertThat(report.out()).contains(
        "\n  Done 0 · In progress 0 · Overdue 32 · Due in the next 30 days 0 · Planned 47"
            + " · Cancelled 0\n").endsWith("\nreport written to " + html + "\n");
    Document page = Jsoup.parse(html.toFile(), "UTF-8");
    // 47 activities of one window each, but 10.1 and 10.3 have two
    assertThat(page.select("svg.gantt rect.bar")).hasSize(49);
    assertThat(page.select("rect.bar[data-code=10.1]")).hasSize(2);
    assertThat(page.select("tr.overdue-row").eachAttr("data-code"))
        .containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    Element overdueCard = page.selectFirst("div.card[data-count=overdue] span.n");
    assertThat(overdueCard).isNotNull();
    assertThat(overdueCard.text()).isEqualTo("32");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("link")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.selectFirst("style").data()).doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void anUnknownPlanOrActivityExitsSixtyFive() {
    Run unknownPlan = mics("show", plan);
    assertThat(unknownPlan.code()).isEqualTo(ExitCodes.DATA);
    assertThat(unknownPlan.err()).isEqualTo("mics: no plan is stored under the key " + plan
        + "\n");
    storeTheSeed();
    Run unknownActivity = mics("progress", plan, "99.9", "--status", "done");
    assertThat(unknownActivity.code()).isEqualTo(ExitCodes.DATA);
    assertThat(unknownActivity.err()).startsWith("mics: ").contains("99.9").endsWith("\n")
        .hasLineCount(1);
    assertThat(json(ok("history", plan, "--json")).get("version").asLong()).isZero();
  }

  @Test
  void anExportedHistoryImportsIntoAnotherStoreWithNothingLost() throws IOException {
    storeTheSeed();
    listingIsDone(plan);
    Path export = dir.resolve("history.json");
    ok("export", plan, "--to", "json", "-o", export.toString());
    Path other = dir.resolve("other-store");
    Run imported = embedded(other, "import", export.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Path again = dir.resolve("history-again.json");
    Run reexported = embedded(other, "export", plan, "--to", "json", "-o",
        again.toString());
    assertThat(reexported.code()).as(reexported.err()).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(export));
  }

  @Test
  void theReadmesMainJobShowsTheDocumentAndLeavesTheStoredRevisionsAsTheyWere()
      throws IOException {
    // The README's own command, so the key is the one its file name gives; on a store of this test
    // only, since a shared server may hold that key already.
    Path own = dir.resolve("store");
    String example = DocumentCommandsTest.SEED.toString();
    String key = "mics-2023-2025.kk";
    assertThat(embedded(own, "import", example).out())
        .isEqualTo(example + ": stored as plan " + key + ", revision 1\n");
    Path edited = editedSeed();
    assertThat(embedded(own, "import", edited.toString(), "--plan", key).out())
        .isEqualTo(edited + ": stored as plan " + key + ", revision 2\n");
    assertThat(embedded(own, "progress", key, "11.2", "--status", "done", "--on",
        "2024-06-19").code()).isZero();

    for (int time = 1; time <= 2; time++) {
      Path html = dir.resolve("report-" + time + ".html");
      Run report = embedded(own, "report", example, "--as-of", "2024-10-01", "-o",
          html.toString());
      assertThat(report.code()).as(report.err()).isZero();
      assertThat(report.err()).isEqualTo(example + " differs from revision 2 of plan " + key
          + ": shown as it is, with the plan's progress; nothing was stored (store it with "
          + "'mics import')\n");
      // the stored progress: 11.2 is done, so 31 are overdue, not 32
      assertThat(report.out()).startsWith(key + " as of 2024-10-01: 47 activities\n"
          + "  Done 1 · In progress 0 · Overdue 31 ·");
      // the document as it is: 13.4 still due in December 2024
      Document page = Jsoup.parse(html.toFile(), "UTF-8");
      Element bar = page.selectFirst("rect.bar[data-code=13.4]");
      assertThat(bar).isNotNull();
      assertThat(bar.selectFirst("title").text())
          .isEqualTo("13.4: Желтоқсан 2024 (2024-12-01..2024-12-31)");
    }

    JsonNode revisions = json(embedded(own, "revisions", key, "--json"));
    List<Integer> numbers = new ArrayList<>();
    revisions.forEach(r -> numbers.add(r.get("revision").asInt()));
    assertThat(numbers).containsExactly(1, 2);
    JsonNode latest = json(embedded(own, "show", key, "--json"));
    assertThat(activity(latest, "13.4").get("deadline").get("text").asText())
        .isEqualTo("Қаңтар 2025");
  }

  @Test
  void aNameWithoutSeparatorOrDocumentExtensionIsAPlanKeyEvenWhenAFileBearsIt()
      throws IOException {
    Path file = Paths.get(plan);
    assertThat(file).doesNotExist();
    Files.copy(DocumentCommandsTest.SEED, file);
    try {
      Run byKey = mics("status", plan, "--as-of", "2024-10-01");
      assertThat(byKey.code()).isEqualTo(ExitCodes.DATA);
      assertThat(byKey.err()).isEqualTo("mics: no plan is stored under the key " + plan + "\n");
      assertThat(byKey.out()).isEmpty();
      // with a separator it is the file
      Run byPath = ok("status", "./" + plan, "--as-of", "2024-10-01",
          "--json");
      assertThat(json(byPath).get("activities").asInt()).isEqualTo(47);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theCommandsOnStoredPlansRefuseADocumentPathAndSayToImportItFirst() {
    String path = "some/file.txt";
    String message = "mics: some/file.txt is a document, and this command works on a stored plan:"
        + " store it first with 'mics import some/file.txt', then name its key\n";
    Run progress = mics("progress", path, "1.1", "--status", "done");
    assertThat(progress.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(progress.err()).isEqualTo(message);
    for (String[] command : new String[][] {{"history", path}, {"diff", path},
        {"export", path, "--to", "json"}, {"revisions", path}}) {
      Run run = mics(command);
      assertThat(run.code()).as(command[0]).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(command[0]).isEqualTo(message);
    }
  }

  @Test
  void aViewOfADocumentWhoseKeyIsNotStoredSaysSoAndStoresNothing() throws IOException {
    JsonNode before = json(ok("plans", "--json"));
    // progress stored under another key does not leak into the document's view
    storeTheSeed();
    listingIsDone(plan);
    String other = plan + "-doc";
    Path document = Files.copy(DocumentCommandsTest.SEED, dir.resolve(other + ".txt"));
    Run status = ok("status", document.toString(), "--as-of", "2024-10-01", "--json");
    assertThat(status.err()).isEqualTo(document + ": shown as it is, without progress: no plan is"
        + " stored under the key " + other + " (store it with 'mics import')\n");
    JsonNode s = json(status);
    assertThat(s.get("done").asInt()).isZero();
    assertThat(s.get("overdue").asInt()).isEqualTo(32);
    assertThat(codes(s.get("overdueList"))).containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);

    List<String> keys = new ArrayList<>();
    json(ok("plans", "--json")).forEach(p -> keys.add(p.get("plan").asText()));
    List<String> expected = new ArrayList<>();
    before.forEach(p -> expected.add(p.get("plan").asText()));
    expected.add(plan);
    assertThat(keys).containsExactlyInAnyOrderElementsOf(expected).doesNotContain(other);
    Run show = mics("show", other);
    assertThat(show.code()).isEqualTo(ExitCodes.DATA);
  }

  @Test
  void anExportedHistoryUnderATakenKeyIsRefusedNamingTheKeyAndSuggestingPlan() throws IOException {
    storeTheSeed();
    listingIsDone(plan);
    Path export = dir.resolve("history.json");
    ok("export", plan, "--to", "json", "-o", export.toString());
    Run again = mics("import", export.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.DATA);
    assertThat(again.err()).isEqualTo("mics: " + export + ": a plan is already stored under the "
        + "key " + plan + "; nothing was restored; import the history under another key with "
        + "--plan KEY\n");
    assertThat(json(ok("revisions", plan, "--json"))).hasSize(1);
    assertThat(json(ok("history", plan, "--json")).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void aNegativeExpectedVersionIsWrongUsageAndStoresNothing() {
    storeTheSeed();
    Run negative = mics("progress", plan, "11.2", "--status", "done", "--expect-version", "-5");
    assertThat(negative.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(negative.err())
        .isEqualTo("mics: --expect-version: a progress version is 0 or more, not -5\n");
    JsonNode history = json(ok("history", plan, "--json"));
    assertThat(history.get("version").asLong()).isZero();
    assertThat(history.get("events")).isEmpty();
  }

  /** The activity coded {@code code} in a mics-plan JSON document. */
  static JsonNode activity(JsonNode plan, String code) {
    for (JsonNode section : plan.get("sections")) {
      for (JsonNode a : section.get("activities")) {
        if (a.get("code").asText().equals(code)) {
          return a;
        }
      }
    }
    throw new AssertionError("no activity " + code + " in " + plan);
  }
}
