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
 * where the kernel gives them, which a user's own options can turn off.
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

  /** Whether this machine's kernel gives transparent huge pages to a process that asks. */
  private static boolean hugePagesOffered() throws IOException {
    Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    if (!Files.isReadable(mode)) {
      return false;
    }
    String m = Files.readString(mode);
    return m.contains("[always]") || m.contains("[madvise]");
  }

  /**
   * The arguments the script gives Java for {@code mics --version}, run in a copy of the project
   * with an empty jar and, first on the path, a {@code java} that only writes its arguments down.
   */
  private static List<String> javaArguments(Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("mics-web/target"));
    Files.write(dir.resolve("mics-web/target/mics.jar"), new byte[0]);
    Files.writeString(dir.resolve("mics"), script());
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path args = dir.resolve("args");
    Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '"
        + args + "'\n");
    bin.resolve("java").toFile().setExecutable(true);
    ProcessBuilder pb = new ProcessBuilder("sh", dir.resolve("mics").toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().remove("MICS_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    return Files.readAllLines(args);
  }

  @Test
  void theHeapIsOnHugePagesWhereTheKernelGivesThem(@TempDir Path dir) throws Exception {
    List<String> java = javaArguments(dir, Map.of());
    assertThat(java).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    if (hugePagesOffered()) {
      assertThat(java).contains("-XX:+UseTransparentHugePages");
    } else {
      assertThat(java).doesNotContain("-XX:+UseTransparentHugePages");
    }
  }

  @Test
  void aUsersOwnOptionsComeAfterTheHugePagesAndCanTurnThemOff(@TempDir Path dir)
      throws Exception {
    List<String> java = javaArguments(dir,
        Map.of("MICS_JAVA_OPTS", "-Xmx64m -XX:-UseTransparentHugePages"));
    assertThat(java).contains("-Xmx64m").doesNotContain("-XX:+UseSerialGC");
    int off = java.indexOf("-XX:-UseTransparentHugePages");
    assertThat(off).isNotNegative();
    assertThat(java.indexOf("-XX:+UseTransparentHugePages")).isLessThan(off);
  }
}
