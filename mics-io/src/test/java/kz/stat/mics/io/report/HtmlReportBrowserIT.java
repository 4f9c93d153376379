package kz.stat.mics.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.ReportWriter;
import kz.stat.mics.domain.progress.PlanProgress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the report in a real browser (Debian's headless Chromium) and checks what it renders: the
 * bars, the overdue rows, escaped hostile text, and a screenshot. Skipped only where Chromium is
 * missing outside CI.
 */
class HtmlReportBrowserIT {
  private static final Path TARGET = Path.of("target", "report-it").toAbsolutePath();
  private static final long TIMEOUT_SECONDS = 60;
  private static Path chromium;

  @BeforeAll
  static void findChromium() throws IOException {
    chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    boolean ci = System.getenv("CI") != null;
    if (!ci) {
      assumeTrue(chromium != null, "chromium is not installed");
    }
    assertThat(chromium).as("chromium must be installed in CI").isNotNull();
    Files.createDirectories(TARGET);
  }

  @Test
  void theBrowserDrawsOneBarPerWindowAndListsTheOverdueActivities() throws Exception {
    Path report = write("report.html", SeedPlan.plan());

    Document dom = dumpDom(report);

    assertThat(dom.select("svg.gantt rect.bar")).hasSize(HtmlReportTest.SEED_WINDOWS);
    assertThat(HtmlReportTest.codes(dom, "overdue-row"))
        .containsExactlyElementsOf(HtmlReportTest.OVERDUE_ON_OCTOBER_1);
    assertThat(dom.select("tr.overdue-row[data-code=3.4] td[data-label]").eachText())
        .containsExactly("ҚР СЖРА ҰСБ аумақтық бөлімшелер", "2024-07-31", "62",
            "ҚР СЖРА ҰСБ аумақтық бөлімшелер басшысының бұйрықтары");
    assertThat(dom.select("section.overdue h2").first().ownText())
        .isEqualTo("Мерзімі өткен іс-шаралар");
  }

  @Test
  void hostileTextShowsAsTextAndInjectsNoElement() throws Exception {
    Path report = write("hostile.html", HtmlReportTest.hostilePlan());

    // The DOM as the browser built it: an element or attribute from the plan would show here.
    Document dom = dumpDom(report);

    assertThat(dom.select("script, img, b")).isEmpty();
    assertThat(HtmlReportTest.eventHandlers(dom)).isEmpty();
    assertThat(dom.selectFirst("h1").text()).isEqualTo(HtmlReportTest.HOSTILE_TITLE);
    assertThat(dom.selectFirst("tr.overdue-row").attr("data-code"))
        .isEqualTo(HtmlReportTest.HOSTILE_CODE);
    assertThat(dom.selectFirst("tr.overdue-row td.title").text())
        .isEqualTo(HtmlReportTest.HOSTILE_ACTIVITY);
    assertThat(dom.selectFirst("table.heat tbody tr").attr("data-executor"))
        .isEqualTo(HtmlReportTest.HOSTILE_EXECUTOR);
    assertThat(dom.select("svg")).hasSize(1);
    assertThat(dom.select("svg.gantt rect.bar")).hasSize(HtmlReportTest.SEED_WINDOWS);
  }

  @Test
  void theBrowserTakesAScreenshotOfTheReport() throws Exception {
    Path report = write("report.html", SeedPlan.plan());
    Path png = Path.of("target", "report.png").toAbsolutePath();
    Files.deleteIfExists(png);

    run(report, "--screenshot=" + png, "--window-size=1600,2400");

    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(10 * 1024);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    assertThat(bytes[0] & 0xff).isEqualTo(0x89);
  }

  private static Path write(String name, ActionPlan plan) throws IOException {
    Path file = TARGET.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      HtmlReport.create().write(ReportWriter.Request.of(plan, PlanProgress.none(),
          LocalDate.of(2024, 10, 1)), out);
    }
    return file;
  }

  private static Document dumpDom(Path report) throws Exception {
    return Jsoup.parse(run(report, "--dump-dom"));
  }

  /** Runs Chromium headless on {@code report} with {@code extra} flags and returns its output. */
  private static String run(Path report, String... extra) throws Exception {
    Path profile = Files.createTempDirectory("mics-chromium-");
    Path stdout = Files.createTempFile(TARGET, "chromium-", ".out");
    Path stderr = Files.createTempFile(TARGET, "chromium-", ".err");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(report.toUri().toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    try {
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(finished).as("chromium finished within %s s", TIMEOUT_SECONDS).isTrue();
      assertThat(process.exitValue()).as("chromium exit code; stderr: %s",
          Files.readString(stderr)).isZero();
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
