package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.application.BuildReport;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.io.table.TablePlanWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a stored plan of more than {@value BuildReport#LARGE_PLAN} activities sums it up
 * by section and lists pages, from the store's queries, on a real server: its figures are the
 * generator's, worked out by hand, and its size stays under a bound however large the plan.
 */
class LargePlanReportIT {
  @TempDir
  static Path store;

  @TempDir
  Path dir;

  private static final String RUN = "large-" + Long.toString(System.nanoTime(), 36);
  /** A bound on the summary report's size: pages of at most 100 rows, whatever the plan. */
  private static final long MAX_SUMMARY_BYTES = 400_000;

  @Test
  void aPlanOfTwentyOneSectionsIsSummedUpBySection() throws IOException {
    String key = RUN + "-21";
    ok("import", write(generated(21), "plan-21.txt").toString(), "--plan", key);
    // in section 7: 7.1 done after its due day, 7.2 started and still overdue
    ok("progress", key, "7.1", "--status", "done", "--on", "2023-03-10", "--by", "ХСД");
    ok("progress", key, "7.2", "--status", "in-progress", "--on", "2023-02-01", "--by", "ХСД");
    Path html = dir.resolve("report-21.html");

    Run report = ok("report", key, "--as-of", "2024-10-01", "--lang", "en", "-o",
        html.toString());

    assertThat(report.out()).endsWith("\nreport written to " + html + "\n");
    Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    assertThat(page.select("svg.gantt")).isEmpty();
    // 2,100 activities; 630 due before October less 7.1 done; 98 of section 7 and 2,000 others
    assertThat(cards(page)).containsExactly("activities 2100", "done 1", "in-progress 1",
        "overdue 629", "due-soon 0", "planned 2098");
    List<Element> sections = page.select("tr.section-row");
    // every section but 7 has 30 overdue, 7 has 29: it comes last
    List<String> order = new ArrayList<>();
    for (int s = 1; s <= 21; s++) {
      if (s != 7) {
        order.add(Integer.toString(s));
      }
    }
    order.add("7");
    assertThat(sections).extracting(e -> e.attr("data-section"))
        .containsExactlyElementsOf(order);
    assertThat(cells(sections.get(0))).containsExactly("1", "Section 1", "100", "0", "0", "100",
        "0", "30", "0");
    assertThat(cells(sections.get(20))).containsExactly("7", "Section 7", "100", "1", "1", "98",
        "0", "29", "1");
    assertThat(page.selectFirst("section.sections .count").text()).isEqualTo("21");
    assertThat(page.select("section.sections p.more")).isEmpty();
    // the first 100 overdue rows, in document order, then how many more
    assertThat(page.select("tr.overdue-row")).hasSize(100);
    assertThat(page.select("tr.overdue-row").first().attr("data-code")).isEqualTo("1.1");
    assertThat(page.selectFirst("section.overdue .count").text()).isEqualTo("629");
    assertThat(page.selectFirst("section.overdue p.more").text()).isEqualTo("… and 529 more");
    // 13.4 starts on 1 December 2024: the first five of its copies start next
    assertThat(page.select("tr.next-row")).extracting(e -> e.attr("data-code"))
        .containsExactly("1.31", "1.32", "1.33", "1.34", "1.35");
    assertThat(Files.size(html)).isLessThan(MAX_SUMMARY_BYTES);
  }

  @Test
  void theSummaryOfTwentyThousandActivitiesStaysUnderTheBound() throws IOException {
    String key = RUN + "-200";
    ok("import", write(generated(200), "plan-200.txt").toString(), "--plan", key);
    Path html = dir.resolve("report-200.html");

    ok("report", key, "--as-of", "2024-10-01", "--lang", "en", "-o", html.toString());

    Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    assertThat(cards(page)).startsWith("activities 20000", "done 0", "in-progress 0",
        "overdue 6000");
    assertThat(page.select("tr.section-row")).hasSize(100);
    assertThat(page.selectFirst("section.sections .count").text()).isEqualTo("200");
    assertThat(page.selectFirst("section.sections p.more").text()).isEqualTo("… and 100 more");
    assertThat(page.select("tr.overdue-row")).hasSize(100);
    assertThat(Files.size(html)).isLessThan(MAX_SUMMARY_BYTES);
  }

  /**
   * Sections of 100 activities: the first 30 of each copy the seed's 1.1 (due on 28 February
   * 2023), the other 70 its 13.4 (December 2024), coded "section.n".
   */
  private static ActionPlan generated(int sectionCount) {
    ActionPlan seed = SeedPlan.plan();
    Activity overdue = seed.activity("1.1").orElseThrow();
    Activity later = seed.activity("13.4").orElseThrow();
    List<Section> sections = new ArrayList<>();
    for (int s = 1; s <= sectionCount; s++) {
      List<Activity> rows = new ArrayList<>();
      for (int n = 1; n <= 100; n++) {
        Activity a = n <= 30 ? overdue : later;
        rows.add(Activity.of(s + "." + n, a.title(), a.responsible(), a.deadline(),
            a.completionForm(), a.financing()));
      }
      sections.add(Section.of(Integer.toString(s), "Section " + s, rows));
    }
    return ActionPlan.of(seed.title(), seed.language(), seed.period(), sections,
        seed.executors());
  }

  private Path write(ActionPlan plan, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      new TablePlanWriter().write(plan, out);
    }
    return file;
  }

  private static List<String> cards(Document page) {
    return page.select("section.summary .card").stream()
        .map(c -> c.attr("data-count") + " " + c.selectFirst(".n").text()).toList();
  }

  private static List<String> cells(Element row) {
    return row.select("td").stream().map(Element::text).toList();
  }

  private static Run ok(String... command) {
    Run run = Run.of(StoreCommandsIT.args(store.resolve("store"), command));
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }
}
