package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.RevisionSummary;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.TimeSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * A save whose server process is killed half-way (after the activities are in, before the rest)
 * leaves the previous revision as the latest, and the store goes on working.
 */
class InterruptedSaveIT {
  private static final PlanKey KEY = PlanKey.of("interrupted");

  private final DataSource db = TestDatabases.migrated();
  private final AtomicBoolean armed = new AtomicBoolean();

  /** Kills the connection's server process once the activity rows of a save are written. */
  private final ExecuteListener killer = new ExecuteListener() {
    @Override
    public void executeEnd(ExecuteContext ctx) {
      String sql = ctx.sql() != null ? ctx.sql() : String.join(";", ctx.batchSQL());
      if (sql.contains("insert into \"activity\" ") && armed.compareAndSet(true, false)) {
        try {
          terminate(ctx.connection().unwrap(PGConnection.class).getBackendPID());
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  };

  private void terminate(int pid) throws SQLException {
    try (Connection c = db.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("select pg_terminate_backend(?)")) {
        s.setInt(1, pid);
        s.execute();
      }
      // Termination is a signal: wait until the process is gone, so the save cannot outrun it.
      for (int i = 0; i < 200; i++) {
        try (PreparedStatement s = c.prepareStatement(
            "select count(*) from pg_stat_activity where pid = ?")) {
          s.setInt(1, pid);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            if (r.getInt(1) == 0) {
              return;
            }
          }
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Test
  void aSaveKilledHalfWayLeavesThePreviousRevisionIntact() {
    JooqPlans plans = new JooqPlans(db, TimeSource.system(), List.of(killer));
    plans.save(KEY, PlansContract.samplePlan());
    armed.set(true);

    assertThatThrownBy(() -> plans.save(KEY, Plans1000.withActivities(200)))
        .isInstanceOf(StoreException.class);

    assertThat(armed).isFalse();
    assertThat(plans.revisions(KEY)).extracting(RevisionSummary::number).containsExactly(1);
    assertThat(plans.latest(KEY).orElseThrow().plan()).isEqualTo(PlansContract.samplePlan());
    assertThat(plans.save(KEY, Plans1000.withActivities(200)))
        .isEqualTo(new SavedRevision(KEY, 2, true));
    assertThat(plans.latest(KEY).orElseThrow().plan()).isEqualTo(Plans1000.withActivities(200));
  }
}
