package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mics} script reads the command line before Java does, to choose a class-data archive:
 * its options that take a value are the command line's, and its monitoring views are those the
 * views' archive is recorded from. It also sets Java's options: the heap on transparent huge pages
 * where the kernel gives them and they are of 2 MB, which a user's own options can turn off.
 */
class LauncherScriptTest {
  private static String script() throws IOException {
    return Files.readString(Path.of("..", "mics"), StandardCharsets.UTF_8);
  }

  private static List<String> alternatives(String script, String pattern) {
    Matcher m = Pattern.compile(pattern, Pattern.MULTILINE).matcher(script);
    assertThat(m.find()).as(pattern).isTrue();
    return List.of(m.group(1).split("\\|"));
  }

  @Test
  void theOptionsTheScriptSkipsTheValueOfAreThoseThatTakeOne() throws IOException {
    assertThat(alternatives(script(), "^\\s+(--db\\|[-a-z|]+)\\) "))
        .containsExactlyInAnyOrderElementsOf(Mics.TAKES_VALUE);
  }

  @Test
  void theViewsTheScriptMapsTheViewsArchiveForAreThoseItIsRecordedFrom() throws IOException {
    assertThat(alternatives(script(), "^case \\$command in\\n\\s+([a-z|]+)\\)$"))
        .containsExactlyElementsOf(Arrays.stream(ClassDataRun.VIEWS).map(v -> v[0]).toList());
  }

  /** The file the script and {@code bench/run} read to choose the heap's pages. */
  private static final String PAGES = "mics-huge-pages.sh";
  /** Where that file reads the kernel's settings of transparent huge pages. */
  private static final String KERNEL = "thp=/sys/kernel/mm/transparent_hugepage";

  /**
   * The arguments the script gives Java for {@code mics --version}, run in a copy of the project
   * with an empty jar and, first on the path, a {@code java} that only writes its arguments down.
   * The copy of the file that chooses the heap's pages reads the kernel's settings from {@code
   * dir/thp}: {@code mode} for its {@code enabled} file and {@code pageSize} for {@code
   * hpage_pmd_size}, each left out when null.
   */
  private static List<String> javaArguments(Path dir, String mode, String pageSize,
      Map<String, String> env) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("mics-web/target"));
    Files.write(dir.resolve("mics-web/target/mics.jar"), new byte[0]);
    Files.writeString(dir.resolve("mics"), script());
    String pages = Files.readString(Path.of("..", PAGES), StandardCharsets.UTF_8);
    assertThat(pages).contains(KERNEL + "\n");
    Path kernel = Files.createDirectories(dir.resolve("thp"));
    Files.writeString(dir.resolve(PAGES), pages.replace(KERNEL, "thp='" + kernel + "'"));
    if (mode != null) {
      Files.writeString(kernel.resolve("enabled"), mode + "\n");
    }
    if (pageSize != null) {
      Files.writeString(kernel.resolve("hpage_pmd_size"), pageSize + "\n");
    }
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path args = dir.resolve("args");
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\n");
    assertThat(java.toFile().setExecutable(true) && Files.isExecutable(java))
        .as("a program in %s can be run", bin).isTrue();
    ProcessBuilder pb = new ProcessBuilder("sh", dir.resolve("mics").toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().remove("MICS_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    return Files.readAllLines(args);
  }

  private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
  private static final String TWO_MB = "2097152";

  @Test
  void theHeapIsOnHugePagesOfTwoMegabytesWhereTheKernelGivesThem(@TempDir Path dir)
      throws Exception {
    assertThat(javaArguments(dir.resolve("madvise"), "always [madvise] never", TWO_MB, Map.of()))
        .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", HUGE_PAGES);
    assertThat(javaArguments(dir.resolve("always"), "[always] madvise never", TWO_MB, Map.of()))
        .contains(HUGE_PAGES);
  }

  @Test
  void theHeapIsOnSmallPagesWhereTheKernelGivesNoHugePagesOrLargerOnes(@TempDir Path dir)
      throws Exception {
    assertThat(javaArguments(dir.resolve("never"), "always madvise [never]", TWO_MB, Map.of()))
        .contains("-XX:+UseSerialGC").doesNotContain(HUGE_PAGES);
    assertThat(javaArguments(dir.resolve("none"), null, null, Map.of()))
        .contains("-XX:+UseSerialGC").doesNotContain(HUGE_PAGES);
    // arm64 with 64 KB pages: a huge page of 512 MB
    assertThat(javaArguments(dir.resolve("large"), "always [madvise] never", "536870912",
        Map.of())).contains("-XX:+UseSerialGC").doesNotContain(HUGE_PAGES);
    assertThat(javaArguments(dir.resolve("unsaid"), "always [madvise] never", null, Map.of()))
        .contains("-XX:+UseSerialGC").doesNotContain(HUGE_PAGES);
  }

  @Test
  void aUsersOwnOptionsComeAfterTheHugePagesAndCanTurnThemOff(@TempDir Path dir)
      throws Exception {
    List<String> java = javaArguments(dir, "always [madvise] never", TWO_MB,
        Map.of("MICS_JAVA_OPTS", "-Xmx64m -XX:-UseTransparentHugePages"));
    assertThat(java).contains("-Xmx64m").doesNotContain("-XX:+UseSerialGC");
    int on = java.indexOf(HUGE_PAGES);
    int off = java.indexOf("-XX:-UseTransparentHugePages");
    assertThat(on).isNotNegative();
    assertThat(off).isGreaterThan(on);
  }
}
