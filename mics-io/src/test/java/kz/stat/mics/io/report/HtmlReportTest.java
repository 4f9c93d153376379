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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The report parsed as a browser would (jsoup) and checked against values worked out by hand. */
class HtmlReportTest {
  static final LocalDate OCTOBER_1 = LocalDate.of(2024, 10, 1);
  static final List<String> OVERDUE_ON_OCTOBER_1 = List.of(
      "1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2",
      "7.1", "7.2", "7.3", "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "10.2", "10.3",
      "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "12.1");
  /** 47 activities with one window each, but 10.1 and 10.3 have two. */
  static final int SEED_WINDOWS = 49;

  static final String HOSTILE_TITLE = "<script>alert(1)</script>";
  static final String HOSTILE_CODE = "1.1\" onclick=\"alert(3)";
  static final String HOSTILE_ACTIVITY =
      "\"><script>alert(2)</script></svg><img src=x onerror=alert(4)>";
  static final String HOSTILE_EXECUTOR = "<b>\"onload=\"alert(6)</b>";
  static final String HOSTILE_SECTION = "</svg><svg onload=alert(7)>";

  private static final HtmlReport REPORT = HtmlReport.create();
  private static final ReportWriter.Request SEED_REQUEST = ReportWriter.Request.of(SeedPlan.plan(),
      PlanProgress.none(), OCTOBER_1);
  private static final String SEED_REPORT = REPORT.render(SEED_REQUEST);
  private static final Document SEED = Jsoup.parse(SEED_REPORT);

  @Test
  void everyDeadlineWindowOfTheSeedIsOneBar() {
    assertThat(SEED.select("svg.gantt rect.bar")).hasSize(SEED_WINDOWS);
    assertThat(SEED.select("rect.bar[data-code=10.1]")).hasSize(2);
    assertThat(SEED.select("rect.bar[data-code=10.3]")).hasSize(2);
    assertThat(SEED.select("svg.gantt g.section")).hasSize(15);
    assertThat(SEED.select("svg.gantt text.section-title")).hasSize(15);
    assertThat(SEED.select("svg.gantt g.row")).hasSize(47);
  }

  @Test
  void theBarsAndTheAxisSitWhereTheDatesFall() {
    // Months from January 2023, 26 units each after a 470-unit label column.
    assertThat(SEED.select("svg.gantt").attr("width")).isEqualTo("1418");
    assertThat(SEED.select("svg.gantt").attr("viewBox")).isEqualTo("0 0 1418 1397");
    assertThat(SEED.select("svg.gantt text.year").eachText())
        .containsExactly("2023", "2024", "2025");
    assertThat(SEED.select("svg.gantt text.month")).hasSize(36);
    // 15.1 runs from March 2023 (month 2) to the end of April 2025 (month 27).
    Element bar = SEED.selectFirst("rect.bar[data-code=15.1]");
    assertThat(bar.attr("x")).isEqualTo("522.0");
    assertThat(bar.attr("width")).isEqualTo("676.0");
    assertThat(bar.selectFirst("title").text())
        .isEqualTo("15.1: Наурыз 2023 –сәуір 2025 (2023-03-01..2025-04-30)");
    // 1 October 2024 is the start of month 21.
    assertThat(SEED.select("g.as-of line").attr("x1")).isEqualTo("1016.0");
    assertThat(SEED.select("g.as-of text").text()).isEqualTo("есепті күн 2024-10-01");
  }

  @Test
  void aReportDateOutsideThePlanDrawsNoAsOfLine() {
    Document late = parse(ReportWriter.Request.of(SeedPlan.plan(), PlanProgress.none(),
        LocalDate.of(2027, 3, 1)));

    assertThat(late.select("g.as-of")).isEmpty();
    assertThat(late.select("rect.bar")).hasSize(SEED_WINDOWS);
  }

  @Test
  void theLegendNamesEveryBarColourAndTheAsOfLine() {
    assertThat(SEED.select("ul.legend .swatch[data-state]").eachAttr("data-state"))
        .containsExactly("done", "cancelled", "overdue", "in-progress", "tentative", "planned");
    assertThat(SEED.select("ul.legend li").eachText()).containsExactly("Орындалды",
        "Тоқтатылған", "Мерзімі өткен", "Орындалуда", "Нақтылануда", "Жоспарланған",
        "есепті күн 2024-10-01");
  }

  @Test
  void theOverdueTableListsExactlyTheActivitiesDueBeforeTheFirstOfOctober() {
    assertThat(codes(SEED, "overdue-row")).containsExactlyElementsOf(OVERDUE_ON_OCTOBER_1);
    assertThat(SEED.select("section.overdue h2 .count").text()).isEqualTo("32");
    assertThat(SEED.select("tr.overdue-row[data-code=3.4] td").eachText()).containsExactly("3.4",
        SeedPlan.plan().activity("3.4").orElseThrow().title(), "ХСД",
        "ҚР СЖРА ҰСБ аумақтық бөлімшелер", "2024-07-31", "62", "Жоспарланған",
        "ҚР СЖРА ҰСБ аумақтық бөлімшелер басшысының бұйрықтары");
    assertThat(SEED.select("rect.bar[data-code=12.1]").eachAttr("data-state"))
        .containsExactly("overdue");
    assertThat(SEED.select("rect.bar[data-code=6.3]").eachAttr("data-state"))
        .containsExactly("tentative");
    assertThat(SEED.select("rect.bar[data-code=13.1]").eachAttr("data-state"))
        .containsExactly("planned");
  }

  @Test
  void theSummaryGivesTheCountsAsOfTheDate() {
    assertThat(SEED.select("section.summary .card").eachAttr("data-count")).containsExactly(
        "activities", "done", "in-progress", "overdue", "due-soon", "planned");
    assertThat(SEED.select("section.summary .card .n").eachText())
        .containsExactly("47", "0", "0", "32", "0", "47");
    assertThat(SEED.select(".card[data-count=overdue] .l").text()).isEqualTo("Мерзімі өткен");
    Element time = SEED.selectFirst("p.subtitle time");
    assertThat(time.attr("datetime")).isEqualTo("2024-10-01");
    assertThat(time.text()).isEqualTo("2024 жылғы 1 қазан");
  }

  @Test
  void progressColoursTheBarsAndTheDueSoonTableFollowsIt() {
    PlanProgress progress = PlanProgress.of(List.of(
        event(1, "11.2", Status.DONE, LocalDate.of(2024, 6, 19)),
        event(2, "13.1", Status.IN_PROGRESS, LocalDate.of(2024, 9, 2)),
        event(3, "1.1", Status.CANCELLED, LocalDate.of(2024, 9, 2))));
    Document html = parse(ReportWriter.Request.of(SeedPlan.plan(), progress,
        LocalDate.of(2024, 11, 15)));

    assertThat(html.select("rect.bar[data-code=11.2]").eachAttr("data-state"))
        .containsExactly("done");
    assertThat(html.select("rect.bar[data-code=13.1]").eachAttr("data-state"))
        .containsExactly("in-progress");
    assertThat(html.select("rect.bar[data-code=1.1]").eachAttr("data-state"))
        .containsExactly("cancelled");
    assertThat(codes(html, "due-row")).containsExactly("10.1", "13.1", "13.2", "13.3");
    assertThat(html.select("tr.due-row[data-code=13.1] td.status").text())
        .isEqualTo("Орындалуда");
    assertThat(codes(html, "overdue-row")).doesNotContain("11.2", "1.1").hasSize(30);
    assertThat(html.select(".card[data-count=cancelled] .n").text()).isEqualTo("1");
    assertThat(html.select(".card[data-count=done] .n").text()).isEqualTo("1");
  }

  @Test
  void textFromThePlanIsEscapedInContentInAttributesAndInsideTheSvg() {
    String raw = REPORT.render(ReportWriter.Request.of(hostilePlan(), PlanProgress.none(),
        OCTOBER_1));
    Document html = Jsoup.parse(raw);

    // Nothing from the plan became markup: no element, attribute or early end of the chart.
    assertThat(raw).doesNotContainIgnoringCase("<script").doesNotContain("<img", "<b>");
    assertThat(html.select("script, img, b")).isEmpty();
    assertThat(eventHandlers(html)).isEmpty();
    assertThat(html.select("svg")).hasSize(1);
    assertThat(html.select("svg.gantt rect.bar")).hasSize(SEED_WINDOWS);
    assertThat(html.select("svg.gantt g.row")).hasSize(47);
    // ...and every text reads back exactly as the plan has it.
    assertThat(html.selectFirst("h1").text()).isEqualTo(HOSTILE_TITLE);
    assertThat(html.title()).startsWith(HOSTILE_TITLE + " — ");
    Element row = html.selectFirst("tr.overdue-row");
    assertThat(row.attr("data-code")).isEqualTo(HOSTILE_CODE);
    assertThat(row.select("td").eachText().subList(0, 3))
        .containsExactly(HOSTILE_CODE, HOSTILE_ACTIVITY, HOSTILE_EXECUTOR);
    Element svgRow = html.selectFirst("svg.gantt g.row");
    assertThat(svgRow.attr("data-code")).isEqualTo(HOSTILE_CODE);
    assertThat(svgRow.selectFirst("title").wholeText())
        .startsWith(HOSTILE_CODE + " " + HOSTILE_ACTIVITY + "\n" + HOSTILE_EXECUTOR + "\n");
    assertThat(svgRow.selectFirst("text.code").text()).isEqualTo(HOSTILE_CODE);
    assertThat(svgRow.selectFirst("text.name").text())
        .isEqualTo("\"><script>alert(2)</script></svg><img src=x o…");
    assertThat(svgRow.selectFirst("text.lead").text()).isEqualTo("<b>\"onload=\"alert(6…");
    assertThat(svgRow.selectFirst("rect.bar").attr("data-code")).isEqualTo(HOSTILE_CODE);
    Element section = html.selectFirst("svg.gantt text.section-title");
    assertThat(section.selectFirst("title").text()).isEqualTo("1 " + HOSTILE_SECTION);
    assertThat(section.ownText()).isEqualTo("1 " + HOSTILE_SECTION);
    Element executor = html.selectFirst("table.heat tbody tr");
    assertThat(executor.attr("data-executor")).isEqualTo(HOSTILE_EXECUTOR);
    assertThat(executor.selectFirst("th.executor").attr("title")).isEqualTo(HOSTILE_EXECUTOR);
    assertThat(executor.selectFirst("td[title]").attr("title"))
        .isEqualTo(HOSTILE_EXECUTOR + " · Ақпан 2023: 1 + 0");
  }

  @Test
  void thePageNeedsNothingFromTheNetwork() {
    assertThat(SEED.select("script, link, iframe, object, embed, img, [src], [href]")).isEmpty();
    List<String> addresses = new ArrayList<>();
    for (Element e : SEED.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getValue().contains(":/")) {
          addresses.add(e.tagName() + " " + a.getKey() + "=" + a.getValue());
        }
      }
    }
    assertThat(addresses).containsExactly("svg xmlns=http://www.w3.org/2000/svg");
    assertThat(stylesheet(SEED)).doesNotContain("http:", "https:", "@import", "url(",
        "@font-face");
  }

  @Test
  void thePagePrintsOnA3LandscapeAndFitsAPhone() {
    assertThat(SEED.documentType().name()).isEqualTo("html");
    assertThat(SEED.select("head meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(SEED.select("head meta[name=viewport]").attr("content"))
        .isEqualTo("width=device-width, initial-scale=1");
    assertThat(SEED.select("head style")).hasSize(1);
    assertThat(stylesheet(SEED)).contains("@page{size:A3 landscape", "@media print{",
        "@media (max-width:700px){");
    assertThat(SEED.select("div.chart > svg.gantt")).hasSize(1);
  }

  @Test
  void theFiguresOfEachCardOnAPhoneCarryTheirColumnsNameInEachLanguage() {
    String css = stylesheet(SEED);
    String phone = css.substring(css.indexOf("@media (max-width:700px){"), css.indexOf("@page"));
    assertThat(phone).contains("table.list thead{display:none}",
        "table.list td[data-label]::before{content:attr(data-label) \": \"");

    Element kk = SEED.selectFirst("tr.overdue-row[data-code=3.4]");
    assertThat(kk.select("td[data-label]").eachAttr("data-label"))
        .containsExactly("Бірлескен орындаушылар", "Мерзімі", "Кешігу, күн", "Аяқталу нысаны");
    assertThat(kk.select("td[data-label]").eachText()).containsExactly(
        "ҚР СЖРА ҰСБ аумақтық бөлімшелер", "2024-07-31", "62",
        "ҚР СЖРА ҰСБ аумақтық бөлімшелер басшысының бұйрықтары");
    assertThat(kk.select("td.code, td.title, td.lead, td.status").eachAttr("data-label"))
        .isEmpty();
    assertThat(SEED.selectFirst("tr.next-row[data-code=13.4]").select("td[data-label]")
        .eachAttr("data-label")).containsExactly("Басталуы", "Орындау мерзімі", "Аяқталу нысаны");

    Document ru = parse(SEED_REQUEST.in(Language.RU));
    assertThat(ru.select("tr.overdue-row[data-code=3.4] td[data-label]").eachAttr("data-label"))
        .containsExactly("Соисполнители", "Срок", "Просрочка, дней", "Форма завершения");
    assertThat(ru.select("tr.next-row[data-code=13.4] td[data-label]").eachAttr("data-label"))
        .containsExactly("Начало", "Срок исполнения", "Форма завершения");

    Document en = parse(SEED_REQUEST.in(Language.EN));
    assertThat(en.select("tr.overdue-row[data-code=3.4] td[data-label]").eachAttr("data-label"))
        .containsExactly("Co-executors", "Due", "Days overdue", "Completion form");
    assertThat(en.select("tr.next-row[data-code=13.4] td[data-label]").eachAttr("data-label"))
        .containsExactly("Starts", "Deadline", "Completion form");
  }

  @Test
  void longTitlesAreShortenedWithTheFullTextOnHover() {
    Activity a = SeedPlan.plan().activity("10.2").orElseThrow();
    Element row = SEED.selectFirst("g.row[data-code=10.2]");

    assertThat(row.selectFirst("title").wholeText()).startsWith("10.2 " + a.title() + "\n");
    assertThat(row.selectFirst("text.name").text())
        .isEqualTo("ҚР Ақпарат және қоғамдық даму министрлігімен…");
  }

  @Test
  void labelsAndMonthsFollowThePlansLanguageUnlessAnotherIsAsked() {
    assertThat(SEED.selectFirst("html").attr("lang")).isEqualTo("kk");
    assertThat(SEED.select("section.overdue h2").first().ownText())
        .isEqualTo("Мерзімі өткен іс-шаралар");
    assertThat(SEED.select("svg.gantt text.month").eachText()).contains("Қаз");
    assertThat(SEED.select("table.heat th.m").eachAttr("title").get(6)).isEqualTo("Шілде 2023");

    Document ru = parse(SEED_REQUEST.in(Language.RU));
    assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(ru.select("section.overdue h2").first().ownText())
        .isEqualTo("Просроченные мероприятия");
    assertThat(ru.select("svg.gantt text.month").eachText()).contains("окт");
    assertThat(ru.select("p.subtitle time").text()).isEqualTo("1 октября 2024 г.");

    Document en = parse(SEED_REQUEST.in(Language.EN));
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("section.overdue h2").first().ownText()).isEqualTo("Overdue activities");
    assertThat(en.select("svg.gantt text.month").eachText()).contains("Oct");
    assertThat(en.select("p.subtitle time").text()).isEqualTo("1 October 2024");
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
    Element row = SEED.selectFirst("table.heat tr[data-executor=ХСД]");
    Element july = row.selectFirst("td[title=ХСД · Шілде 2023: 6 + 5]");
    assertThat(july.text()).isEqualTo("11");
    assertThat(july.classNames()).containsExactlyInAnyOrder("h", "over");
    assertThat(SEED.select("table.heat tbody tr[data-executor]")).hasSize(13);
    assertThat(SEED.select("table.heat thead th.year").eachAttr("colspan"))
        .containsExactly("12", "12", "12");
  }

  @Test
  void theFinancingTableCountsActivitiesAndActivityMonthsPerSource() {
    // 20 + 8 + 95 = 123 activity-months: 16 %, 7 % and 77 %.
    assertThat(SEED.select("table.funding tbody tr").eachAttr("data-source"))
        .containsExactly("STATE_BUDGET", "UNICEF", "NOT_REQUIRED");
    assertThat(SEED.select("tr[data-source=STATE_BUDGET] td").eachText())
        .containsExactly("Республикалық бюджет", "13", "20");
    assertThat(SEED.select("tr[data-source=UNICEF] td").eachText())
        .containsExactly("ЮНИСЕФ", "4", "8");
    assertThat(SEED.select("tr[data-source=NOT_REQUIRED] td").eachText())
        .containsExactly("Талап етілмейді", "30", "95");
    assertThat(SEED.select("tr[data-source=STATE_BUDGET] td").last().attr("style"))
        .isEqualTo("background:linear-gradient(90deg,#dbe7f3 16%,transparent 16%)");
    assertThat(SEED.select("tr[data-source=UNICEF] td").last().attr("style"))
        .isEqualTo("background:linear-gradient(90deg,#dbe7f3 7%,transparent 7%)");
  }

  @Test
  void anActivityWithAnUnreadDeadlineHasARowButNoBar() {
    ActionPlan plan = withActivity(SeedPlan.plan(), "2.2",
        a -> a.withDeadline(Deadline.unresolved("когда-нибудь")));

    Document html = parse(ReportWriter.Request.of(plan, PlanProgress.none(), OCTOBER_1));

    assertThat(html.select("rect.bar")).hasSize(SEED_WINDOWS - 1);
    assertThat(html.select("rect.bar[data-code=2.2]")).isEmpty();
    assertThat(html.select("g.row[data-code=2.2] text.unresolved").text())
        .isEqualTo("мерзімі оқылмады: когда-нибудь");
  }

  @Test
  void writingGivesTheRenderedPageInUtf8() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    REPORT.write(SEED_REQUEST, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SEED_REPORT);
  }

  /**
   * The seed with markup in the plan's title, the first section's title and the first activity's
   * code, title and executor.
   */
  static ActionPlan hostilePlan() {
    ActionPlan seed = SeedPlan.plan();
    ActionPlan plan = withActivity(seed, "1.1", a -> Activity.of(HOSTILE_CODE, HOSTILE_ACTIVITY,
        List.of(HOSTILE_EXECUTOR), a.deadline(), a.completionForm(), a.financing()));
    return new ActionPlan(HOSTILE_TITLE, plan.language(), plan.period(), plan.sections().stream()
        .map(s -> s.number().equals("1") ? Section.of(s.number(), HOSTILE_SECTION, s.activities())
            : s)
        .collect(ImmutableList.toImmutableList()), plan.executors(), plan.precedences());
  }

  static ActionPlan withActivity(ActionPlan plan, String code,
      java.util.function.UnaryOperator<Activity> change) {
    return new ActionPlan(plan.title(), plan.language(), plan.period(), plan.sections().stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.code().equals(code) ? change.apply(a) : a)
            .toList()))
        .collect(ImmutableList.toImmutableList()), plan.executors(), plan.precedences());
  }

  /** The codes of the table rows of one class, in order. */
  static List<String> codes(Document html, String rowClass) {
    return html.select("tr." + rowClass).eachAttr("data-code");
  }

  /** Every attribute that would run script: an event handler on any element. */
  static List<String> eventHandlers(Document html) {
    List<String> out = new ArrayList<>();
    for (Element e : html.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
          out.add(e.tagName() + " " + a.getKey());
        }
      }
    }
    return out;
  }

  private static Document parse(ReportWriter.Request request) {
    return Jsoup.parse(REPORT.render(request));
  }

  private static String stylesheet(Document html) {
    Elements styles = html.select("head style");
    return styles.isEmpty() ? "" : styles.first().data();
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
