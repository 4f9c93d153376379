package kz.stat.mics.web.planted;

import kz.stat.mics.domain.port.Plans;

/** A planted violation: a page that goes around the use cases to the store port. */
public final class ReachesTheStorePort {
  public int plans(Plans plans) {
    return plans.list().size();
  }
}
