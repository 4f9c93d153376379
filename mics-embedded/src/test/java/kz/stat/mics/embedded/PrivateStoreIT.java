package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a command runs, its embedded store is private: no TCP port, no login without the store's
 * password, no file another account could change, and the program's own role can neither rewrite
 * progress nor reach the superuser's powers.
 */
class PrivateStoreIT {
  @TempDir
  static Path dataDir;

  private static PlanDatabase db;

  @BeforeAll
  static void open() {
    db = EmbeddedStore.open(dataDir);
    db.plans().save(PlanKey.of("seed"), SeedPlan.plan());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void aLoginWithoutThePasswordIsRefused() {
    assertThatThrownBy(() -> StoreFiles.connect(dataDir, "postgres", null).close())
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> StoreFiles.connect(dataDir, "postgres", "guess").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
    assertThatThrownBy(() -> StoreFiles.connect(dataDir, "mics", "guess").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }

  @Test
  void everyRoleKeepsASaltedVerifierOfOneRoundAndNoPassword() throws Exception {
    String password = StoreFiles.password(dataDir);
    Set<String> salts = new HashSet<>();
    try (Connection c = StoreFiles.connect(dataDir, "postgres", password);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select rolname, rolpassword from pg_authid"
            + " where rolname in ('postgres', 'mics_owner', 'mics') order by rolname")) {
      List<String> roles = new ArrayList<>();
      while (r.next()) {
        roles.add(r.getString(1));
        String verifier = r.getString(2);
        assertThat(verifier).as(r.getString(1))
            .matches("SCRAM-SHA-256\\$1:[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=")
            .doesNotContain(password);
        salts.add(verifier.substring(verifier.indexOf(':') + 1, verifier.indexOf('$', 16)));
      }
      assertThat(roles).containsExactly("mics", "mics_owner", "postgres");
    }
    assertThat(salts).hasSize(3);
    for (String role : List.of("mics", "mics_owner")) {
      StoreFiles.connect(dataDir, role, password).close();
    }
  }

  @Test
  void pgHbaAllowsPasswordLoginsOverTheSocketOnly() throws Exception {
    List<String> rules = new ArrayList<>();
    for (String line : Files.readAllLines(dataDir.resolve("pgdata/pg_hba.conf"))) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        rules.add(line.strip().replaceAll("\\s+", " "));
      }
    }
    assertThat(rules).containsExactly("local all all scram-sha-256");
    try (Connection c = StoreFiles.connect(dataDir, "postgres", StoreFiles.password(dataDir));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select type || ' ' || auth_method from pg_hba_file_rules")) {
      List<String> loaded = new ArrayList<>();
      while (r.next()) {
        loaded.add(r.getString(1));
      }
      assertThat(loaded).containsExactly("local scram-sha-256");
    }
  }

  @Test
  void theProgramsRoleCannotRewriteProgressNorActAsSuperuser() throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      assertThat(c.getMetaData().getUserName()).isEqualTo("mics");
      for (String forbidden : List.of(
          "delete from progress_event",
          "update progress_event set note = 'rewritten'",
          "truncate progress_event",
          "delete from activity",
          "set session_replication_role = replica",
          "copy (select 1) to program 'id'",
          "create table intruder (x int)",
          "alter table progress_event disable trigger all")) {
        assertThatThrownBy(() -> s.execute(forbidden)).as(forbidden)
            .isInstanceOf(SQLException.class)
            .hasMessageMatching("(?s).*(permission denied|must be superuser|must be owner).*");
      }
    }
  }

  @Test
  void noTcpPortIsOpen() throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("show listen_addresses")) {
      r.next();
      assertThat(r.getString(1)).isEmpty();
    }
    long pid = StoreFiles.postmasterPid(dataDir);
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        String target = Files.readSymbolicLink(fd).toString();
        if (target.startsWith("socket:[")) {
          sockets.add(target.substring(8, target.length() - 1));
        }
      }
    }
    assertThat(sockets).as("the server's sockets").isNotEmpty();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : Files.readAllLines(Path.of(table)).subList(1,
          Files.readAllLines(Path.of(table)).size())) {
        String[] f = line.strip().split("\\s+");
        boolean listening = f[3].equals("0A");
        assertThat(listening && sockets.contains(f[9]))
            .as("the server listens on " + table + " " + f[1]).isFalse();
      }
    }
  }

  @Test
  void noFileOfTheStoreIsWritableByGroupOrOthers() throws IOException {
    assertThat(mode(dataDir)).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve("pgdata"))).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve("bin"))).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve("run"))).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve("password"))).isEqualTo("rw-------");
    List<String> writable = new ArrayList<>();
    try (Stream<Path> all = Files.walk(dataDir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        Set<PosixFilePermission> m = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        if (m.contains(PosixFilePermission.GROUP_WRITE)
            || m.contains(PosixFilePermission.OTHERS_WRITE)) {
          writable.add(p + " " + mode(p));
        }
      }
    }
    assertThat(writable).isEmpty();
  }

  @Test
  void newStoresKeepDataChecksumsAndDurableWrites() throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String setting : List.of("data_checksums", "fsync", "synchronous_commit")) {
        try (ResultSet r = s.executeQuery("show " + setting)) {
          r.next();
          assertThat(r.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }

  private static String mode(Path p) throws IOException {
    return java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
