package kz.stat.mics.persistence;

import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.PlansContract;
import kz.stat.mics.domain.port.TimeSource;

/** The PostgreSQL store keeps the promises of every {@link Plans}, on a real server. */
class JooqPlansIT extends PlansContract {
  @Override
  protected Plans emptyStore(TimeSource time) {
    return new JooqPlans(TestDatabases.migrated(), time);
  }
}
