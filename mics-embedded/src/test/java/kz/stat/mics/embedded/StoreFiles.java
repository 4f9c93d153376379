package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** What the tests need to reach into an embedded store from outside: its socket and secret. */
final class StoreFiles {
  private StoreFiles() {}

  static Path socketFile(Path dataDir) {
    return dataDir.resolve("run").resolve(".s.PGSQL." + Server.PORT);
  }

  static String password(Path dataDir) throws IOException {
    return Files.readString(dataDir.resolve("password"), StandardCharsets.UTF_8).strip();
  }

  @SuppressWarnings("deprecation")
  static Connection connect(Path dataDir, String user, String password) throws SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {Server.PORT});
    ds.setDatabaseName("postgres");
    ds.setUser(user);
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setSocketFactory(UnixSocketFactory.class.getName());
    ds.setSocketFactoryArg(socketFile(dataDir).toString());
    ds.setSslMode("disable");
    ds.setGssEncMode("disable");
    return ds.getConnection();
  }

  static long postmasterPid(Path dataDir) throws IOException {
    List<String> lines = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
    return Long.parseLong(lines.get(0).strip());
  }
}
