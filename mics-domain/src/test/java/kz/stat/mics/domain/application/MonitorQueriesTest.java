package kz.stat.mics.domain.application;

import kz.stat.mics.domain.fixtures.InMemoryPlans;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.PlanQueriesContract;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;

/** The monitor over a plan held in memory answers the views as every {@link PlanQueries} must. */
class MonitorQueriesTest extends PlanQueriesContract {
  @Override
  protected Plans emptyStore(TimeSource time) {
    return new InMemoryPlans(time);
  }

  @Override
  protected PlanQueries queriesOn(Plans store) {
    return new MonitorQueries(store);
  }
}
