package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code mics} script reads the command line before Java does, to choose a class-data archive:
 * its options that take a value are the command line's, and its monitoring views are those the
 * views' archive is recorded from.
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
}
