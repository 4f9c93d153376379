package kz.stat.mics.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan written as CSV, opened in LibreOffice Calc (headless), saved as a workbook, and that
 * workbook saved as CSV again, as a user who edits the plan in a spreadsheet would: it imports as
 * the same plan. Skipped only where LibreOffice is missing outside CI.
 */
class CsvLibreOfficeResaveIT {
  private static final long TIMEOUT_SECONDS = 180;
  /** Comma, double quote, UTF-8 (76), from the first line; the language is appended. */
  private static final String CSV_IMPORT = "CSV:44,34,76,1,,";
  /** Comma, double quote, UTF-8, from line 1, standard cells, no quoting of every text cell. */
  private static final String CSV_EXPORT =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false";
  /** The seed with a precedence, and an activity 11.10 that a spreadsheet may read as 11.1. */
  private static final ActionPlan PLAN = withActivity1110(SeedPlan.plan())
      .withPrecedences(List.of(Precedence.of("11.2", "11.10")));

  private static Path soffice;

  @TempDir
  Path dir;

  @BeforeAll
  static void findLibreOffice() {
    soffice = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice").stream()
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    }
    assertThat(soffice).as("LibreOffice (soffice) must be installed in CI").isNotNull();
  }

  /**
   * Opened with LibreOffice's default locale (en-US, where 11.10 is a number) and with Russian
   * (1049) and Kazakh (1087), where a statistician's spreadsheet usually runs.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1033", "1049", "1087"})
  void aPlanSavedAgainByLibreOfficeImportsUnchanged(String language) throws Exception {
    Path csv = dir.resolve("plan.csv");
    Files.write(csv, CsvPlanRoundTripTest.write(PLAN, new CsvPlanWriter(',', true)));

    Path xlsx = convert(csv, "--infilter=" + CSV_IMPORT + language, "xlsx", dir.resolve("xlsx"));
    Path again = convert(xlsx, null, CSV_EXPORT, dir.resolve("csv"));

    byte[] saved = Files.readAllBytes(again);
    assertThat(new String(saved, StandardCharsets.UTF_8)).as("LibreOffice's CSV")
        .contains(",'11.10,", ",'1.1,", "#precedence,'11.2,'11.10");
    assertThat(new CsvPlanReader().read("plan.csv", new ByteArrayInputStream(saved)))
        .isEqualTo(PLAN);
  }

  private Path convert(Path in, String filter, String to, Path outDir) throws Exception {
    Files.createDirectories(outDir);
    List<String> command = new ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore"));
    if (filter != null) {
      command.add(filter);
    }
    command.addAll(List.of("--convert-to", to, "--outdir", outDir.toString(), in.toString()));
    Path log = dir.resolve("soffice.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("soffice did not finish in " + TIMEOUT_SECONDS + " s: "
          + Files.readString(log));
    }
    String name = in.getFileName().toString();
    Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "."
        + (to.startsWith("csv") ? "csv" : to));
    assertThat(out).as("soffice wrote %s (exit %d): %s", out, p.exitValue(),
        Files.readString(log)).exists();
    return out;
  }

  /** {@code plan} with one more activity in section 11, coded 11.10. */
  private static ActionPlan withActivity1110(ActionPlan plan) {
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      if (s.number().equals("11")) {
        List<Activity> activities = new ArrayList<>(s.activities());
        Activity last = activities.get(activities.size() - 1);
        activities.add(Activity.of("11.10", last.title(), last.responsible(), last.deadline(),
            last.completionForm(), last.financing()));
        sections.add(Section.of(s.number(), s.title(), activities));
      } else {
        sections.add(s);
      }
    }
    return ActionPlan.of(plan.title(), plan.language(), plan.period(), sections,
        plan.executors());
  }
}
