package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that has closed its sessions stops its server with a signal (a smart shutdown, no
 * pg_ctl); one that still holds a session, as when the program is ended mid-query, with a fast
 * shutdown, which ends that session instead of waiting for it.
 */
class ServerStopIT {
  @TempDir
  Path dataDir;

  private List<String> shutdownRequests() throws IOException {
    return Files.readAllLines(dataDir.resolve("postgres.log")).stream()
        .filter(line -> line.contains("shutdown request"))
        .map(line -> line.replaceAll(".*received (\\w+) shutdown request.*", "$1"))
        .toList();
  }

  @Test
  void aStoreWithNoSessionOpenStopsSmartlyAndOneWithASessionOpenFast() throws Exception {
    try (PlanDatabase db = EmbeddedStore.open(dataDir)) {
      assertThat(db.plans().list()).isEmpty();
    }
    assertThat(shutdownRequests()).containsExactly("smart");

    PlanDatabase db = EmbeddedStore.open(dataDir);
    Connection held = db.dataSource().getConnection();
    db.close();
    assertThat(shutdownRequests()).containsExactly("smart", "fast");
    assertThat(held.isValid(1)).isFalse();
  }
}
