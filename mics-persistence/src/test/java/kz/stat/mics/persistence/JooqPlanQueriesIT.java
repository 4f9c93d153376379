package kz.stat.mics.persistence;

import javax.sql.DataSource;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.PlanQueriesContract;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;

/** The views answered by SQL give the monitor's answers, on a real server. */
class JooqPlanQueriesIT extends PlanQueriesContract {
  private DataSource dataSource;

  @Override
  protected Plans emptyStore(TimeSource time) {
    dataSource = TestDatabases.migrated();
    return new JooqPlans(dataSource, time);
  }

  @Override
  protected PlanQueries queriesOn(Plans store) {
    return new JooqPlanQueries(dataSource);
  }
}
