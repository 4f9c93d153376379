package kz.stat.mics.web.planted;

import org.jooq.DSLContext;

/** A planted violation: a page that queries the database itself. */
public final class ReachesTheStore {
  public int count(DSLContext db) {
    return db.fetchCount(db.selectOne());
  }
}
