package kz.stat.mics.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.ReportWriter;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);
  static final List<String> OVERDUE_ON_OCTOBER_1 = List.of(
      "1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2",
      "7.1", "7.2", "7.3", "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "10.2", "10.3",
      "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "12.1");
  /** 47 activities with one window each, but 10.1 and 10.3 have two. */
  static final int SEED_WINDOWS = 49;

  private static final HtmlReport REPORT = HtmlReport.create();
  private static final String SEED_REPORT = REPORT.render(
      ReportWriter.Request.of(SeedPlan.plan(), PlanProgress.none(), OCTOBER_1));

  @Test
  void everyDeadlineWindowOfTheSeedIsOneBar() {
    assertThat(count(SEED_REPORT, "class=\"bar\"")).isEqualTo(SEED_WINDOWS);
    assertThat(count(SEED_REPORT, "class=\"bar\" data-code=\"10.1\"")).isEqualTo(2);
    assertThat(count(SEED_REPORT, "class=\"bar\" data-code=\"10.3\"")).isEqualTo(2);
    assertThat(count(SEED_REPORT, "class=\"section-title\"")).isEqualTo(15);
    assertThat(count(SEED_REPORT, "<g class=\"row\"")).isEqualTo(47);
  }

  @Test
  void theOverdueTableListsExactlyTheActivitiesDueBeforeTheFirstOfOctober() {
    assertThat(codes(SEED_REPORT, "overdue-row")).containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    assertThat(count(SEED_REPORT, "class=\"bar\" data-code=\"12.1\" data-state=\"overdue\""))
        .isEqualTo(1);
    assertThat(SEED_REPORT).contains(
        "class=\"bar\" data-code=\"6.3\" data-state=\"tentative\"",
        "class=\"bar\" data-code=\"13.1\" data-state=\"planned\"");
  }

  @Test
  void theSummaryGivesTheCountsAsOfTheDate() {
    assertThat(SEED_REPORT).contains(
        "data-count=\"activities\"><span class=\"n\">47</span>",
        "data-count=\"overdue\"><span class=\"n\">32</span>",
        "data-count=\"due-soon\"><span class=\"n\">0</span>",
        "data-count=\"planned\"><span class=\"n\">47</span>",
        "<time datetime=\"2024-10-01\">2024 жылғы 1 қазан</time>");
  }

  @Test
  void progressColoursTheBarsAndTheDueSoonTableFollowsIt() {
    PlanProgress progress = PlanProgress.of(List.of(
        event(1, "11.2", Status.DONE, LocalDate.of(2024, 6, 19)),
        event(2, "13.1", Status.IN_PROGRESS, LocalDate.of(2024, 9, 2))));
    String html = REPORT.render(ReportWriter.Request.of(SeedPlan.plan(), progress,
        LocalDate.of(2024, 11, 15)));

    assertThat(html).contains("class=\"bar\" data-code=\"11.2\" data-state=\"done\"",
        "class=\"bar\" data-code=\"13.1\" data-state=\"in-progress\"");
    assertThat(codes(html, "due-row")).containsExactly("10.1", "13.1", "13.2", "13.3");
    assertThat(codes(html, "overdue-row")).doesNotContain("11.2").hasSize(31);
  }

  @Test
  void textFromThePlanIsEscapedInContentAndInAttributes() {
    ActionPlan hostile = hostilePlan();

    String html = REPORT.render(ReportWriter.Request.of(hostile, PlanProgress.none(), OCTOBER_1));

    assertThat(html).doesNotContainIgnoringCase("<script")
        .doesNotContain("onclick=\"", "<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("data-code=\"1.1&quot; onclick=&quot;alert(3)\"")
        .contains("&lt;img src=x onerror=alert(4)&gt;");
  }

  @Test
  void thePageNeedsNothingFromTheNetwork() {
    String withoutSvgNamespace = SEED_REPORT.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");

    assertThat(withoutSvgNamespace).doesNotContain("http:", "https:", "<link", "<script",
        " src=", "@import", "url(", "@font-face");
  }

  @Test
  void thePagePrintsOnA3LandscapeAndFitsAPhone() {
    assertThat(SEED_REPORT).startsWith("<!DOCTYPE html>")
        .contains("<meta charset=\"utf-8\">")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("@page{size:A3 landscape", "@media print{", "@media (max-width:700px)")
        .contains("<div class=\"chart\">");
  }

  @Test
  void longTitlesAreShortenedWithTheFullTextOnHover() {
    Activity a = SeedPlan.plan().activity("10.2").orElseThrow();

    assertThat(SEED_REPORT).contains("<title>10.2 " + a.title() + "\n")
        .contains(">ҚР Ақпарат және қоғамдық даму министрлігімен…</text>");
  }

  @Test
  void labelsAndMonthsFollowThePlansLanguageUnlessAnotherIsAsked() {
    ReportWriter.Request request = ReportWriter.Request.of(SeedPlan.plan(), PlanProgress.none(),
        OCTOBER_1);

    assertThat(SEED_REPORT).contains("<html lang=\"kk\">", "Мерзімі өткен іс-шаралар",
        ">Қаз</text>", "title=\"Шілде 2023\"");
    assertThat(REPORT.render(request.in(Language.RU))).contains("<html lang=\"ru\">",
        "Просроченные мероприятия", ">окт</text>", "1 октября 2024 г.");
    assertThat(REPORT.render(request.in(Language.EN))).contains("<html lang=\"en\">",
        "Overdue activities", ">Oct</text>", "1 October 2024");
  }

  @Test
  void theKazakhMonthNamesAreThoseOfTheGlossary() throws IOException {
    Properties kk = bundle("kk");

    List<String> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(kk.getProperty("month." + m));
    }
    assertThat(months).containsExactly("Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым",
        "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан");
  }

  @Test
  void theThreeBundlesHaveTheSameKeys() throws IOException {
    assertThat(bundle("ru").keySet()).isEqualTo(bundle("en").keySet());
    assertThat(bundle("kk").keySet()).isEqualTo(bundle("en").keySet());
  }

  @Test
  void theWorkloadHeatMapFramesTheOverloadedMonths() {
    // July 2023: ХСД leads 6 activities and helps in 5; more than 5 is an overload.
    Matcher row = Pattern.compile("<tr data-executor=\"ХСД\">(.*?)</tr>").matcher(SEED_REPORT);
    assertThat(row.find()).isTrue();
    assertThat(row.group(1)).contains("<td class=\"h over\"", "ХСД · Шілде 2023: 6 + 5\">11</td>");
    assertThat(count(SEED_REPORT, "<tr data-executor=")).isEqualTo(13);
  }

  @Test
  void theFinancingTableCountsActivitiesAndActivityMonthsPerSource() {
    assertThat(SEED_REPORT).containsPattern(
        "<tr data-source=\"STATE_BUDGET\"><td>Республикалық бюджет</td><td class=\"num\">13</td>"
            + "<td [^>]*>20</td>");
    assertThat(SEED_REPORT).containsPattern(
        "<tr data-source=\"UNICEF\"><td>ЮНИСЕФ</td><td class=\"num\">4</td><td [^>]*>8</td>");
  }

  @Test
  void anActivityWithAnUnreadDeadlineHasARowButNoBar() {
    ActionPlan plan = withActivity(SeedPlan.plan(), "2.2",
        a -> a.withDeadline(Deadline.unresolved("когда-нибудь")));

    String html = REPORT.render(ReportWriter.Request.of(plan, PlanProgress.none(), OCTOBER_1));

    assertThat(count(html, "class=\"bar\"")).isEqualTo(SEED_WINDOWS - 1);
    assertThat(html).contains("мерзімі оқылмады: когда-нибудь");
  }

  @Test
  void writingGivesTheRenderedPageInUtf8() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    REPORT.write(ReportWriter.Request.of(SeedPlan.plan(), PlanProgress.none(), OCTOBER_1), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SEED_REPORT);
  }

  /** The seed with a hostile title, activity title, code and executor. */
  static ActionPlan hostilePlan() {
    ActionPlan seed = SeedPlan.plan();
    ActionPlan plan = withActivity(seed, "1.1", a -> Activity.of("1.1\" onclick=\"alert(3)",
        "\"><script>alert(2)</script> <img src=x onerror=alert(4)>",
        List.of("<b>ХСД</b>"), a.deadline(), a.completionForm(), a.financing()));
    return new ActionPlan("<script>alert(1)</script>", plan.language(), plan.period(),
        plan.sections(), plan.executors(), plan.precedences());
  }

  static ActionPlan withActivity(ActionPlan plan, String code,
      java.util.function.UnaryOperator<Activity> change) {
    return new ActionPlan(plan.title(), plan.language(), plan.period(), plan.sections().stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.code().equals(code) ? change.apply(a) : a)
            .toList()))
        .collect(ImmutableList.toImmutableList()), plan.executors(), plan.precedences());
  }

  static List<String> codes(String html, String rowClass) {
    Matcher m = Pattern.compile("<tr class=\"" + rowClass + "\" data-code=\"([^\"]*)\"")
        .matcher(html);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static ProgressEvent event(long sequence, String code, Status status, LocalDate on) {
    return new ProgressEvent(sequence, code, status, on, Instant.parse("2024-11-15T09:00:00Z"),
        "test", "");
  }

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = HtmlReport.class.getResourceAsStream("report_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
