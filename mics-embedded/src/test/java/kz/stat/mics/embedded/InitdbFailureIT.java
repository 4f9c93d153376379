package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.stat.mics.domain.port.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the real initdb fails, the store's message says why in initdb's own words. */
class InitdbFailureIT {
  @TempDir
  Path dataDir;

  @Test
  void anEmptyPasswordFileIsNamedInTheMessage() throws IOException {
    Binaries binaries = Binaries.in(dataDir.resolve("bin"));
    Path password = Files.createFile(dataDir.resolve("password"));
    assertThatThrownBy(() -> Cluster.in(dataDir, binaries, password))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("initdb failed (initdb: error: password file \"" + password
            + "\" is empty); see ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void theErrorIsGivenRatherThanTheHintThatFollowsIt() throws IOException {
    Binaries binaries = Binaries.in(dataDir.resolve("bin"));
    Path password = Files.writeString(dataDir.resolve("password"), "secret\n");
    Cluster cluster = Cluster.in(Files.createDirectories(dataDir.resolve("store")), binaries,
        password);
    Path taken = Files.createDirectories(dataDir.resolve("taken"));
    Files.writeString(taken.resolve("something"), "x");
    assertThatThrownBy(() -> cluster.run("initdb", List.of("-D", taken.toString(),
        "--pwfile=" + password, "--auth=scram-sha-256")))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("initdb failed (initdb: error: directory \"" + taken
            + "\" exists but is not empty); see ");
  }

  @Test
  void cleaningUpAfterItselfIsNotTheReason() {
    assertThat(Cluster.reason(List.of(
        "running bootstrap script ... 2024-01-01 FATAL:  could not create shared memory segment",
        "child process exited with exit code 1",
        "initdb: removing data directory \"/x/pgdata.init-1\""))).hasValue(
        "running bootstrap script ... 2024-01-01 FATAL:  could not create shared memory segment");
    assertThat(Cluster.reason(List.of("initdb: something odd", "initdb: hint: try again")))
        .hasValue("initdb: something odd");
    assertThat(Cluster.reason(List.of())).isEmpty();
  }
}
