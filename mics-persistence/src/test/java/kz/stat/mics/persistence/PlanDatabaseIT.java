package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.StoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The ways to reach a database, and how each says what went wrong. */
class PlanDatabaseIT {
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
        .isInstanceOf(DatabaseUrlException.class)
        .hasMessage("The database URL must not hold a password; put it in PGPASSWORD or ~/.pgpass"
            + " instead.");
  }

  @Test
  void aServerThatDoesNotAnswerIsAStoreException() {
    assertThatThrownBy(() -> PlanDatabase.connect("jdbc:postgresql://127.0.0.1:1/mics?user=u"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Cannot reach the PostgreSQL server at 127.0.0.1:1/mics as user u");
    assertThatThrownBy(() -> PlanDatabase.connect("jdbc:mysql://localhost/mics"))
        .isInstanceOf(DatabaseUrlException.class)
        .hasMessage("Not a PostgreSQL JDBC URL: jdbc:mysql://localhost/mics; give one such as"
            + " jdbc:postgresql://localhost:5432/mics.");
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
