package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The three ways to reach a database, and how each says what went wrong. */
class PlanDatabaseIT {
  @TempDir
  Path dir;

  @Test
  void aJdbcUrlReachesARunningServer() {
    PGSimpleDataSource ds = (PGSimpleDataSource) TestDatabases.migrated();
    String url = "jdbc:postgresql://" + ds.getServerNames()[0] + ":" + ds.getPortNumbers()[0] + "/"
        + ds.getDatabaseName() + "?user=" + ds.getUser();

    try (PlanDatabase db = PlanDatabase.connect(url)) {
      db.plans().save(PlanKey.of("p"), PlansContract.samplePlan());
      assertThat(db.plans().list()).hasSize(1);
    }
  }

  @Test
  void aPasswordInTheUrlIsRefused() {
    assertThatThrownBy(() -> PlanDatabase.connect("jdbc:postgresql://localhost/mics?password=secret"))
        .isInstanceOf(StoreException.class)
        .hasMessage("The database URL must not hold a password; put it in PGPASSWORD or ~/.pgpass"
            + " instead.");
  }

  @Test
  void aServerThatDoesNotAnswerIsAStoreException() {
    assertThatThrownBy(() -> PlanDatabase.connect("jdbc:postgresql://127.0.0.1:1/mics?user=u"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Cannot reach the PostgreSQL server at 127.0.0.1:1/mics as user u");
    assertThatThrownBy(() -> PlanDatabase.connect("jdbc:mysql://localhost/mics"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Not a PostgreSQL JDBC URL");
  }

  @Test
  void anEmbeddedStoreThatCannotStartSaysWhyInOneSentence() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> PlanDatabase.embedded(file))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("The embedded PostgreSQL could not start in " + file)
        .hasMessageEndingWith("; pass --db with the JDBC URL of a running PostgreSQL server"
            + " instead.");
  }

  @Test
  void aDataSourceFromTheCallerIsUsedAsItIs() {
    DataSource ds = TestDatabases.fresh();
    try (PlanDatabase db = PlanDatabase.of(ds)) {
      assertThat(db.dataSource()).isSameAs(ds);
      assertThat(db.plans().list()).isEmpty();
    }
  }
}
