package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.TimeSource;
import org.junit.jupiter.api.Test;

/**
 * A store that writes every revision with COPY keeps every promise of a {@link Plans}, and a COPY
 * that fails half-way leaves nothing of its revision.
 */
class CopiedRevisionsIT extends PlansContract {
  @Override
  protected Plans emptyStore(TimeSource time) {
    return new JooqPlans(TestDatabases.migrated(), time, List.of(), "the database server", 0);
  }

  @Test
  void aThousandActivitiesGoInByCopyAndComeBackEqual() {
    PlanKey key = PlanKey.of("thousand");
    plans.save(key, Plans1000.withActivities(1000));
    assertThat(plans.latest(key).orElseThrow().plan()).isEqualTo(Plans1000.withActivities(1000));
  }

  @Test
  void aCopyRefusedByTheServerStoresNothingOfItsRevision() throws Exception {
    var db = TestDatabases.migrated();
    JooqPlans store = new JooqPlans(db, TimeSource.system(), List.of(), "the database server", 0);
    PlanKey key = PlanKey.of("refused");
    store.save(key, PlansContract.samplePlan());
    try (var c = db.getConnection(); var s = c.createStatement()) {
      s.execute("alter table activity_executor add constraint no_more check (position < 0)"
          + " not valid");
    }
    assertThatThrownBy(() -> store.save(key, Plans1000.withActivities(50)))
        .isInstanceOf(StoreException.class).hasMessageContaining("no_more");
    assertThat(store.revisions(key)).hasSize(1);
  }
}
