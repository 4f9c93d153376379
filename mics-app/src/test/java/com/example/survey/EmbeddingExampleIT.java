package com.example.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's embedding example, run as a service would run it: a class outside mics's packages, on a
 * PostgreSQL data source of its own, using mics's public API alone.
 */
class EmbeddingExampleIT {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SOURCE = MODULE.resolve(
      "src/test/java/com/example/survey/OverdueReport.java");

  @Test
  void theExampleStoresThePlanRecordsAStepAndListsWhatIsOverdue() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      List<String> overdue = OverdueReport.run(postgres.getPostgresDatabase(),
          MODULE.resolveSibling("examples").resolve("mics-2023-2025.kk.txt"));

      // 32 activities are overdue on 2024-10-01 with no progress; listing (11.2) is done
      assertThat(overdue).hasSize(31)
          .contains("1.1 overdue by 581 days", "12.1 overdue by 31 days")
          .noneMatch(line -> line.startsWith("11.2 "));
    }
  }

  @Test
  void readmeShowsTheExampleAsItIsCompiledAndRun() throws Exception {
    String example = Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("// README:"))
        .collect(java.util.stream.Collectors.joining("\n"));
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(example.strip());
  }
}
