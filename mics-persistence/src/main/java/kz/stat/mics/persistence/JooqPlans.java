package kz.stat.mics.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static kz.stat.mics.persistence.schema.Tables.ACTIVITY;
import static kz.stat.mics.persistence.schema.Tables.ACTIVITY_EXECUTOR;
import static kz.stat.mics.persistence.schema.Tables.DEADLINE_WINDOW;
import static kz.stat.mics.persistence.schema.Tables.EXECUTOR;
import static kz.stat.mics.persistence.schema.Tables.PLAN;
import static kz.stat.mics.persistence.schema.Tables.PRECEDENCE;
import static kz.stat.mics.persistence.schema.Tables.PROGRESS_EVENT;
import static kz.stat.mics.persistence.schema.Tables.REVISION;
import static kz.stat.mics.persistence.schema.Tables.SECTION;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import javax.sql.DataSource;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.FinancingSource;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.domain.port.PlanKeyTakenException;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.RevisionSummary;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.port.PlanStream;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.port.StreamedPlans;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.port.UnstorableTextException;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Recurrence;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.persistence.schema.tables.records.ActivityRecord;
import kz.stat.mics.persistence.schema.tables.records.RevisionRecord;
import kz.stat.mics.persistence.schema.tables.records.SectionRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.postgresql.ds.common.BaseDataSource;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The plan store in PostgreSQL, through jOOQ: every revision kept whole, progress appended. It uses
 * the {@link DataSource} it is given (it opens no pool of its own); each call is one transaction, and
 * a save or a load takes a fixed number of statements whatever the size of the plan.
 */
public final class JooqPlans implements Plans, StreamedPlans {
  private final DSLContext db;
  private final TimeSource time;
  /** The server as messages name it. */
  private final String where;
  /** Set on a store bound to a transaction that is already open: calls run in it directly. */
  private final boolean bound;
  /** Set on a store bound to a read-only snapshot. */
  private final boolean readOnly;
  /** A revision of at least this many activities is written with COPY, not batched inserts. */
  private final int copyFrom;

  /** The size from which a revision goes in through COPY: below it, batches are as fast. */
  static final int COPY_FROM = 2_000;
  /**
   * The size of the rows in a chunk of a streamed import into a new plan: some 3,500 activities of
   * the benchmark's plans, each chunk's copy two statements with their triggers; two chunks are
   * held at most. The last chunk's copy is what the server does after the reading.
   */
  static final int CHUNK_BYTES = 1 << 20;
  /** The size of the rows in a chunk of a streamed import into a new plan. */
  private final int chunkBytes;

  /** A store on {@code dataSource}, whose schema is already migrated (see {@link PlanDatabase}). */
  public JooqPlans(DataSource dataSource) {
    this(dataSource, TimeSource.system());
  }

  /** A store whose revision and progress times come from {@code time}. */
  public JooqPlans(DataSource dataSource, TimeSource time) {
    this(dataSource, time, List.of());
  }

  /** A store with extra listeners on every statement, for tests that count or interrupt them. */
  JooqPlans(DataSource dataSource, TimeSource time, List<ExecuteListener> listeners) {
    this(dataSource, time, listeners, where(checkNotNull(dataSource, "dataSource")));
  }

  /** A store that names its server {@code where} in messages (as in "... is not answering"). */
  JooqPlans(DataSource dataSource, TimeSource time, List<ExecuteListener> listeners,
      String where) {
    this(dataSource, time, listeners, where, COPY_FROM);
  }

  /** A store that writes revisions of {@code copyFrom} activities or more with COPY. */
  JooqPlans(DataSource dataSource, TimeSource time, List<ExecuteListener> listeners,
      String where, int copyFrom) {
    this(dataSource, time, listeners, where, copyFrom, CHUNK_BYTES);
  }

  /**
   * A store that also copies a new streamed plan's sections and activities in chunks of
   * {@code chunkBytes} of rows.
   */
  JooqPlans(DataSource dataSource, TimeSource time, List<ExecuteListener> listeners,
      String where, int copyFrom, int chunkBytes) {
    checkArgument(copyFrom >= 0, "copyFrom must not be negative: %s", copyFrom);
    checkArgument(chunkBytes > 0, "chunkBytes must be positive: %s", chunkBytes);
    this.copyFrom = copyFrom;
    this.chunkBytes = chunkBytes;
    checkNotNull(dataSource, "dataSource");
    this.where = checkNotNull(where, "where");
    this.time = checkNotNull(time, "time");
    Configuration c = JooqSetup.configuration(dataSource);
    if (!listeners.isEmpty()) {
      c = c.set(DefaultExecuteListenerProvider.providers(listeners.toArray(ExecuteListener[]::new)));
    }
    this.db = DSL.using(c);
    this.bound = false;
    this.readOnly = false;
  }

  /** A store whose calls run in the open transaction {@code tx}. */
  private JooqPlans(DSLContext tx, TimeSource time, boolean readOnly, int copyFrom) {
    this.copyFrom = copyFrom;
    this.chunkBytes = CHUNK_BYTES;
    this.where = "the database server";
    this.db = tx;
    this.time = time;
    this.bound = true;
    this.readOnly = readOnly;
  }

  @Override
  public SavedRevision save(PlanKey key, ActionPlan plan) {
    checkNotNull(key, "key");
    checkNotNull(plan, "plan");
    checkState(!readOnly, "a snapshot cannot write");
    UnstorableTextException.check(plan);
    String fingerprint = Fingerprint.of(plan);
    String contentHash = ContentHash.of(plan);
    Instant savedAt = now();
    return inTransaction(tx -> {
      long planId = lockPlan(tx, key, true).orElseThrow();
      RevisionRecord latest = latestRevision(tx, planId);
      if (latest != null && (contentHash.equals(latest.getContentHash())
          || fingerprint.equals(latest.getFingerprint()))) {
        // Either hash is the SHA-256 of an unambiguous encoding of every field: equal hashes are
        // equal plans, so the stored revision is never loaded to compare.
        return new SavedRevision(key, latest.getNumber(), false);
      }
      int number = latest == null ? 1 : latest.getNumber() + 1;
      insertRevision(tx, planId, number, savedAt, plan, fingerprint, contentHash);
      return new SavedRevision(key, number, true);
    });
  }

  /**
   * Saves a streamed plan in one transaction, reading the document as its activity rows (and, for
   * a new plan, its sections, in chunks) are copied in: the server stores them while the reader
   * works on the next ones. The other tables' rows are spooled to temporary files, then copied
   * once the document has been read without problems; only then is an existing plan locked and the
   * content hash compared with the latest revision's (a new plan is locked as it is made). A
   * document with a problem, an unchanged plan or any failure rolls everything back, so the store
   * is left as it was. Inside a transaction of {@link #transaction} the whole document is spooled
   * first instead, since rolling back would end that transaction too.
   */
  @Override
  public SavedRevision save(PlanKey key, PlanStream stream) {
    checkNotNull(key, "key");
    checkNotNull(stream, "stream");
    checkState(!readOnly, "a snapshot cannot write");
    try (RevisionSpool spool = new RevisionSpool()) {
      if (bound) {
        return spooled(db, key, stream, spool);
      }
      try {
        return db.transactionResult(c -> copiedAsRead(c.dsl(), key, stream, spool));
      } catch (Unchanged u) {
        return u.saved;
      } catch (DataAccessException e) {
        throw failure(e, where);
      } catch (UncheckedIOException e) {
        // the live copy's stream reports what the server said as an I/O error around it
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
          if (c instanceof SQLException sql) {
            throw failure(new DataAccessException(serverMessage(sql), sql), where);
          }
        }
        throw e;
      }
    }
  }

  private SavedRevision copiedAsRead(DSLContext tx, PlanKey key, PlanStream stream,
      RevisionSpool spool) {
    // An existing plan is locked only once the document is read, so that progress on it is not
    // kept waiting by the reading; a new plan is made and locked now, in this transaction.
    Optional<Long> known = tx.select(PLAN.ID).from(PLAN).where(PLAN.KEY.eq(key.value()))
        .fetchOptional(PLAN.ID);
    long planId = known.isPresent() ? known.get() : lockPlan(tx, key, true).orElseThrow();
    long revisionId = tx.fetchSingle("select nextval(pg_get_serial_sequence('revision', 'id'))")
        .get(0, Long.class);
    // The rows come before the revision's: the key they are checked against at once is deferred.
    // A new plan's sections are copied with their activities, before the revision row, in chunks
    // whose copies run the counts' triggers, which lock the plan's row: this transaction holds it
    // already, and nobody else can write to a plan not yet committed. An existing plan's
    // activities are copied before their sections, in one copy whose triggers take that lock only
    // once the document is read, so that progress on it is not kept waiting by the reading; their
    // check of the section is deferred then, which costs a check per activity at the end (0.36 s
    // at 100,000).
    String deferred = known.isPresent() ? "activity_section_fk" : "section_revision_fk";
    tx.execute("set constraints " + deferred + " deferred");
    tx.connection(c -> {
      CopyManager copyApi = c.unwrap(PGConnection.class).getCopyAPI();
      if (known.isPresent()) {
        spool.copyActivitiesLive(copyApi, planId, revisionId);
      } else {
        spool.copySectionsAndActivitiesLive(copyApi, planId, revisionId, chunkBytes);
      }
      try {
        stream.readInto(UnstorableTextException.checked(spool));
        spool.endActivities();
      } catch (RuntimeException | Error | SQLException e) {
        spool.cancelActivities().ifPresent(e::addSuppressed);
        throw e;
      }
    });
    checkState(spool.complete(), "the document was read without its header");
    String contentHash = spool.contentHash();
    if (known.isPresent()) {
      lockPlan(tx, key, false).orElseThrow();
    }
    RevisionRecord latest = latestRevision(tx, planId);
    if (latest != null && contentHash.equals(latest.getContentHash())) {
      throw new Unchanged(new SavedRevision(key, latest.getNumber(), false));
    }
    int number = latest == null ? 1 : latest.getNumber() + 1;
    tx.execute("insert into revision (id, plan_id, number, saved_at, title, language,"
        + " period_first, period_last, content_hash) overriding system value"
        + " values (?, ?, ?, cast(? as timestamp with time zone), ?, ?, ?, ?, ?)", revisionId,
        planId, number, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC).toString(), spool.title(), spool.language().code(),
        spool.period().first(), spool.period().last(), contentHash);
    // Checked once the sections are in, not at the commit: while a queue of deferred checks waits,
    // PostgreSQL copies the rows of the other tables slower (at 100,000 activities, the windows
    // and executors took 1.5 s longer, more than the check itself).
    spool.copy(tx, planId, revisionId,
        () -> tx.execute("set constraints " + deferred + " immediate"));
    return new SavedRevision(key, number, true);
  }

  /** Reads the whole document into the spool, then copies it in, in {@code tx}. */
  private SavedRevision spooled(DSLContext tx, PlanKey key, PlanStream stream,
      RevisionSpool spool) {
    stream.readInto(UnstorableTextException.checked(spool));
    checkState(spool.complete(), "the document was read without its header");
    String contentHash = spool.contentHash();
    Instant savedAt = now();
    long planId = lockPlan(tx, key, true).orElseThrow();
    RevisionRecord latest = latestRevision(tx, planId);
    if (latest != null && contentHash.equals(latest.getContentHash())) {
      return new SavedRevision(key, latest.getNumber(), false);
    }
    int number = latest == null ? 1 : latest.getNumber() + 1;
    long revisionId = insertRevisionRow(tx, planId, number, savedAt, spool.title(),
        spool.language(), spool.period(), null, contentHash);
    spool.copy(tx, planId, revisionId, () -> { });
    return new SavedRevision(key, number, true);
  }

  /** Ends a transaction that found its plan unchanged, so that what it copied is rolled back. */
  private static final class Unchanged extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SavedRevision saved;

    Unchanged(SavedRevision saved) {
      super(null, null, false, false);
      this.saved = saved;
    }
  }

  private static RevisionRecord latestRevision(DSLContext tx, long planId) {
    return tx.selectFrom(REVISION)
        .where(REVISION.PLAN_ID.eq(planId))
        .orderBy(REVISION.NUMBER.desc())
        .limit(1)
        .fetchOne();
  }

  @Override
  public List<PlanSummary> list() {
    return inTransaction(tx -> {
      var r2 = REVISION.as("r2");
      Field<Integer> activities = DSL.field(DSL.selectCount().from(ACTIVITY)
          .where(ACTIVITY.PLAN_ID.eq(REVISION.PLAN_ID)).and(ACTIVITY.REVISION_ID.eq(REVISION.ID)));
      return tx.select(PLAN.KEY, REVISION.TITLE, REVISION.NUMBER, REVISION.SAVED_AT, activities)
          .from(PLAN)
          .join(REVISION).on(REVISION.PLAN_ID.eq(PLAN.ID))
          .where(REVISION.NUMBER.eq(DSL.select(DSL.max(r2.NUMBER)).from(r2)
              .where(r2.PLAN_ID.eq(PLAN.ID))))
          .orderBy(PLAN.KEY.collate("C"))
          .fetch(r -> new PlanSummary(PlanKey.of(r.value1()), r.value2(), r.value3(),
              r.value4().toInstant(), r.value5()));
    });
  }

  @Override
  public Optional<Revision> latest(PlanKey key) {
    return inReadTransaction(tx -> load(tx, tx.selectFrom(REVISION)
        .where(REVISION.PLAN_ID.eq(planId(key)))
        .orderBy(REVISION.NUMBER.desc())
        .limit(1)
        .fetch()).stream().findFirst());
  }

  @Override
  public Optional<Revision> revision(PlanKey key, int number) {
    return inReadTransaction(tx -> load(tx, tx.selectFrom(REVISION)
        .where(REVISION.PLAN_ID.eq(planId(key)).and(REVISION.NUMBER.eq(number)))
        .fetch()).stream().findFirst());
  }

  @Override
  public List<RevisionSummary> revisions(PlanKey key) {
    return inReadTransaction(tx -> {
      Field<Integer> activities = DSL.field(DSL.selectCount().from(ACTIVITY)
          .where(ACTIVITY.PLAN_ID.eq(REVISION.PLAN_ID)).and(ACTIVITY.REVISION_ID.eq(REVISION.ID)));
      return tx.select(REVISION.NUMBER, REVISION.SAVED_AT, REVISION.TITLE, activities)
          .from(REVISION)
          .where(REVISION.PLAN_ID.eq(planId(key)))
          .orderBy(REVISION.NUMBER)
          .fetch(r -> new RevisionSummary(r.value1(), r.value2().toInstant(), r.value3(),
              r.value4()));
    });
  }

  @Override
  public PlanProgress progress(PlanKey key) {
    return inReadTransaction(tx -> loadProgress(tx, key));
  }

  @Override
  public ProgressEvent record(PlanKey key, ProgressChange change, long expectedVersion) {
    checkArgument(expectedVersion >= 0, "a progress version is 0 or more: %s", expectedVersion);
    return append(key, change, OptionalLong.of(expectedVersion));
  }

  @Override
  public ProgressEvent record(PlanKey key, ProgressChange change) {
    return append(key, change, OptionalLong.empty());
  }

  private ProgressEvent append(PlanKey key, ProgressChange change, OptionalLong expectedVersion) {
    checkNotNull(key, "key");
    checkNotNull(change, "change");
    checkState(!readOnly, "a snapshot cannot write");
    UnstorableTextException.check(change);
    Instant at = now();
    return inTransaction(tx -> {
      // The plan row is the lock: writers of one plan take turns, so no two get the same sequence.
      long planId = lockPlan(tx, key, false).orElseThrow(() -> UnknownPlanException.plan(key));
      RevisionRecord latest = tx.selectFrom(REVISION)
          .where(REVISION.PLAN_ID.eq(planId))
          .orderBy(REVISION.NUMBER.desc())
          .limit(1)
          .fetchSingle();
      boolean known = tx.fetchExists(ACTIVITY, ACTIVITY.PLAN_ID.eq(planId)
          .and(ACTIVITY.REVISION_ID.eq(latest.getId()))
          .and(ACTIVITY.CODE.eq(change.activityCode())));
      if (!known) {
        throw new UnknownPlanException("plan " + key + " has no activity " + change.activityCode()
            + " in its latest revision " + latest.getNumber());
      }
      long version = tx.select(DSL.coalesce(DSL.max(PROGRESS_EVENT.SEQUENCE), 0L))
          .from(PROGRESS_EVENT)
          .where(PROGRESS_EVENT.PLAN_ID.eq(planId))
          .fetchSingle().value1();
      if (expectedVersion.isPresent() && version != expectedVersion.getAsLong()) {
        throw new ProgressConflictException(key, expectedVersion.getAsLong(), version);
      }
      ProgressEvent event = ProgressEvent.of(version + 1, change, at);
      BatchBindStep batch = insertBatch(tx, PROGRESS_EVENT, PROGRESS_EVENT.fields());
      bindEvent(batch, planId, event);
      batch.execute();
      return event;
    });
  }

  @Override
  public Optional<PlanHistory> history(PlanKey key) {
    return inReadTransaction(tx -> {
      List<Revision> revisions = loadAll(tx, key);
      if (revisions.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(PlanHistory.of(key, revisions, loadProgress(tx, key)));
    });
  }

  @Override
  public void restore(PlanHistory history) {
    checkNotNull(history, "history");
    checkState(!readOnly, "a snapshot cannot write");
    UnstorableTextException.check(history);
    PlanKey key = history.key();
    inTransaction(tx -> {
      int created = tx.insertInto(PLAN, PLAN.KEY).values(key.value()).onConflictDoNothing().execute();
      if (created == 0) {
        throw new PlanKeyTakenException(key);
      }
      long planId = lockPlan(tx, key, false).orElseThrow();
      for (Revision r : history.revisions()) {
        insertRevision(tx, planId, r.number(), micros(r.savedAt()), r.plan(),
            Fingerprint.of(r.plan()), ContentHash.of(r.plan()));
      }
      BatchBindStep events = insertBatch(tx, PROGRESS_EVENT, PROGRESS_EVENT.fields());
      for (ProgressEvent e : history.progress().events()) {
        bindEvent(events, planId, new ProgressEvent(e.sequence(), e.activityCode(), e.status(),
            e.on(), micros(e.recordedAt()), e.actor(), e.note()));
      }
      execute(events, history.progress().events().size());
      return null;
    });
  }

  // ---- writing ----

  /** Locks the plan row, creating it first when {@code create}; its id, or empty when there is none. */
  private static Optional<Long> lockPlan(DSLContext tx, PlanKey key, boolean create) {
    if (create) {
      // Two first saves of one key: the second waits here for the first, then finds its row.
      tx.insertInto(PLAN, PLAN.KEY).values(key.value()).onConflictDoNothing().execute();
    }
    return tx.select(PLAN.ID).from(PLAN).where(PLAN.KEY.eq(key.value())).forUpdate()
        .fetchOptional(PLAN.ID);
  }

  /** Inserts the row of one revision; its id. */
  private static long insertRevisionRow(DSLContext tx, long planId, int number, Instant savedAt,
      String title, Language language, YearRange period, String fingerprint,
      String contentHash) {
    return tx.insertInto(REVISION)
        .set(REVISION.PLAN_ID, planId)
        .set(REVISION.NUMBER, number)
        .set(REVISION.SAVED_AT, OffsetDateTime.ofInstant(savedAt, ZoneOffset.UTC))
        .set(REVISION.TITLE, title)
        .set(REVISION.LANGUAGE, language.code())
        .set(REVISION.PERIOD_FIRST, period.first())
        .set(REVISION.PERIOD_LAST, period.last())
        .set(REVISION.FINGERPRINT, fingerprint)
        .set(REVISION.CONTENT_HASH, contentHash)
        .returning(REVISION.ID)
        .fetchSingle(REVISION.ID);
  }

  /** Inserts one revision with a fixed number of statements: one per table. */
  private void insertRevision(DSLContext tx, long planId, int number, Instant savedAt,
      ActionPlan plan, String fingerprint, String contentHash) {
    long revisionId = insertRevisionRow(tx, planId, number, savedAt, plan.title(),
        plan.language(), plan.period(), fingerprint, contentHash);
    if (plan.activities().size() >= copyFrom) {
      RevisionCopy.write(tx, planId, revisionId, plan);
      return;
    }

    BatchBindStep sections = insertBatch(tx, SECTION, SECTION.PLAN_ID, SECTION.REVISION_ID,
        SECTION.POSITION, SECTION.NUMBER, SECTION.TITLE);
    BatchBindStep activities = insertBatch(tx, ACTIVITY, ACTIVITY.PLAN_ID, ACTIVITY.REVISION_ID,
        ACTIVITY.POSITION, ACTIVITY.SECTION_POSITION, ACTIVITY.CODE, ACTIVITY.TITLE,
        ACTIVITY.COMPLETION_FORM, ACTIVITY.FINANCING_SOURCE, ACTIVITY.FINANCING_TEXT,
        ACTIVITY.DEADLINE_TEXT, ACTIVITY.DURATION_DAYS, ACTIVITY.TENTATIVE, ACTIVITY.RECURRENCE,
        ACTIVITY.START_DATE, ACTIVITY.DUE_DATE);
    BatchBindStep windows = insertBatch(tx, DEADLINE_WINDOW, DEADLINE_WINDOW.PLAN_ID,
        DEADLINE_WINDOW.REVISION_ID, DEADLINE_WINDOW.ACTIVITY_POSITION, DEADLINE_WINDOW.POSITION,
        DEADLINE_WINDOW.FROM_DATE, DEADLINE_WINDOW.TO_DATE);
    BatchBindStep responsible = insertBatch(tx, ACTIVITY_EXECUTOR, ACTIVITY_EXECUTOR.PLAN_ID,
        ACTIVITY_EXECUTOR.REVISION_ID, ACTIVITY_EXECUTOR.ACTIVITY_POSITION,
        ACTIVITY_EXECUTOR.POSITION, ACTIVITY_EXECUTOR.NAME);
    BatchBindStep executors = insertBatch(tx, EXECUTOR, EXECUTOR.PLAN_ID, EXECUTOR.REVISION_ID,
        EXECUTOR.POSITION, EXECUTOR.CODE, EXECUTOR.NAME);
    BatchBindStep precedences = insertBatch(tx, PRECEDENCE, PRECEDENCE.PLAN_ID,
        PRECEDENCE.REVISION_ID, PRECEDENCE.POSITION, PRECEDENCE.BEFORE_CODE, PRECEDENCE.AFTER_CODE);

    int activityPosition = 0;
    int windowCount = 0;
    int responsibleCount = 0;
    for (int s = 0; s < plan.sections().size(); s++) {
      Section section = plan.sections().get(s);
      sections.bind(planId, revisionId, s, section.number(), section.title());
      for (Activity a : section.activities()) {
        Deadline d = a.deadline();
        activities.bind(planId, revisionId, activityPosition, s, a.code(), a.title(),
            a.completionForm(), a.financing().source().name(), a.financing().text(), d.text(),
            d.durationDays().isPresent() ? d.durationDays().getAsInt() : null, d.tentative(),
            d.recurrence().map(Enum::name).orElse(null), d.start().orElse(null),
            d.due().orElse(null));
        for (int w = 0; w < d.windows().size(); w++) {
          Window window = d.windows().get(w);
          windows.bind(planId, revisionId, activityPosition, w, window.from().orElse(null),
              window.to().orElse(null));
          windowCount++;
        }
        for (int r = 0; r < a.responsible().size(); r++) {
          responsible.bind(planId, revisionId, activityPosition, r, a.responsible().get(r));
          responsibleCount++;
        }
        activityPosition++;
      }
    }
    for (int e = 0; e < plan.executors().size(); e++) {
      Executor executor = plan.executors().entries().get(e);
      executors.bind(planId, revisionId, e, executor.code(), executor.name());
    }
    for (int p = 0; p < plan.precedences().size(); p++) {
      Precedence precedence = plan.precedences().get(p);
      precedences.bind(planId, revisionId, p, precedence.before(), precedence.after());
    }
    // Parents before children, for the foreign keys.
    execute(sections, plan.sections().size());
    execute(activities, activityPosition);
    execute(windows, windowCount);
    execute(responsible, responsibleCount);
    execute(executors, plan.executors().size());
    execute(precedences, plan.precedences().size());
  }

  private static void bindEvent(BatchBindStep batch, long planId, ProgressEvent e) {
    batch.bind(planId, e.sequence(), e.activityCode(), e.status().name(), e.on(),
        OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC), e.actor(), e.note());
  }

  /** One batched insert into {@code table}, its rows bound later. */
  private static BatchBindStep insertBatch(DSLContext tx, Table<?> table, Field<?>... columns) {
    return tx.batch(tx.insertInto(table).columns(columns)
        .values(Collections.nCopies(columns.length, null)));
  }

  private static void execute(BatchBindStep batch, int rows) {
    if (rows > 0) {
      batch.execute();
    }
  }

  // ---- reading ----

  private static Field<Long> planId(PlanKey key) {
    return DSL.field(DSL.select(PLAN.ID).from(PLAN).where(PLAN.KEY.eq(key.value())));
  }

  private static List<Revision> loadAll(DSLContext tx, PlanKey key) {
    return load(tx, tx.selectFrom(REVISION)
        .where(REVISION.PLAN_ID.eq(planId(key)))
        .orderBy(REVISION.NUMBER)
        .fetch());
  }

  private static PlanProgress loadProgress(DSLContext tx, PlanKey key) {
    return PlanProgress.of(tx.selectFrom(PROGRESS_EVENT)
        .where(PROGRESS_EVENT.PLAN_ID.eq(planId(key)))
        .orderBy(PROGRESS_EVENT.SEQUENCE)
        .fetch(e -> new ProgressEvent(e.getSequence(), e.getActivityCode(),
            Status.valueOf(e.getStatus()), e.getOnDate(), e.getRecordedAt().toInstant(),
            e.getActor(), e.getNote())));
  }

  /**
   * Loads the plans of {@code revisions}, in their order, with one query per table whatever their
   * number and size, and assembles them in memory.
   */
  private static List<Revision> load(DSLContext tx, List<RevisionRecord> revisions) {
    if (revisions.isEmpty()) {
      return List.of();
    }
    Long[] ids = revisions.stream().map(RevisionRecord::getId).toArray(Long[]::new);
    // every revision loaded together belongs to one plan: each query names it
    long planId = revisions.get(0).getPlanId();
    Map<Long, List<SectionRecord>> sections = group(tx.selectFrom(SECTION)
        .where(SECTION.PLAN_ID.eq(planId)).and(SECTION.REVISION_ID.eq(DSL.any(ids)))
        .orderBy(SECTION.REVISION_ID, SECTION.POSITION)
        .fetch(), SectionRecord::getRevisionId);
    Map<Long, List<ActivityRecord>> activities = group(tx.selectFrom(ACTIVITY)
        .where(ACTIVITY.PLAN_ID.eq(planId)).and(ACTIVITY.REVISION_ID.eq(DSL.any(ids)))
        .orderBy(ACTIVITY.REVISION_ID, ACTIVITY.POSITION)
        .fetch(), ActivityRecord::getRevisionId);
    ListMultimap<ActivityKey, Window> windows = ArrayListMultimap.create();
    for (var w : tx.selectFrom(DEADLINE_WINDOW)
        .where(DEADLINE_WINDOW.PLAN_ID.eq(planId)).and(DEADLINE_WINDOW.REVISION_ID.eq(DSL.any(ids)))
        .orderBy(DEADLINE_WINDOW.REVISION_ID, DEADLINE_WINDOW.ACTIVITY_POSITION,
            DEADLINE_WINDOW.POSITION)
        .fetch()) {
      windows.put(new ActivityKey(w.getRevisionId(), w.getActivityPosition()),
          new Window(Optional.ofNullable(w.getFromDate()), Optional.ofNullable(w.getToDate())));
    }
    ListMultimap<ActivityKey, String> responsible = ArrayListMultimap.create();
    for (var r : tx.selectFrom(ACTIVITY_EXECUTOR)
        .where(ACTIVITY_EXECUTOR.PLAN_ID.eq(planId)).and(ACTIVITY_EXECUTOR.REVISION_ID.eq(DSL.any(ids)))
        .orderBy(ACTIVITY_EXECUTOR.REVISION_ID, ACTIVITY_EXECUTOR.ACTIVITY_POSITION,
            ACTIVITY_EXECUTOR.POSITION)
        .fetch()) {
      responsible.put(new ActivityKey(r.getRevisionId(), r.getActivityPosition()), r.getName());
    }
    ListMultimap<Long, Executor> executors = ArrayListMultimap.create();
    for (var e : tx.selectFrom(EXECUTOR)
        .where(EXECUTOR.PLAN_ID.eq(planId)).and(EXECUTOR.REVISION_ID.eq(DSL.any(ids)))
        .orderBy(EXECUTOR.REVISION_ID, EXECUTOR.POSITION)
        .fetch()) {
      executors.put(e.getRevisionId(), new Executor(e.getCode(), e.getName()));
    }
    ListMultimap<Long, Precedence> precedences = ArrayListMultimap.create();
    for (var p : tx.selectFrom(PRECEDENCE)
        .where(PRECEDENCE.PLAN_ID.eq(planId)).and(PRECEDENCE.REVISION_ID.eq(DSL.any(ids)))
        .orderBy(PRECEDENCE.REVISION_ID, PRECEDENCE.POSITION)
        .fetch()) {
      precedences.put(p.getRevisionId(), new Precedence(p.getBeforeCode(), p.getAfterCode()));
    }

    List<Revision> result = new ArrayList<>();
    for (RevisionRecord r : revisions) {
      long id = r.getId();
      ListMultimap<Integer, Activity> bySection = ArrayListMultimap.create();
      for (ActivityRecord a : activities.getOrDefault(id, List.of())) {
        ActivityKey k = new ActivityKey(id, a.getPosition());
        Deadline deadline = new Deadline(a.getDeadlineText(), ImmutableList.copyOf(windows.get(k)),
            a.getDurationDays() == null ? OptionalInt.empty() : OptionalInt.of(a.getDurationDays()),
            a.getTentative(), Optional.ofNullable(a.getRecurrence()).map(Recurrence::valueOf));
        bySection.put(a.getSectionPosition(), new Activity(a.getCode(), a.getTitle(),
            ImmutableList.copyOf(responsible.get(k)), deadline, a.getCompletionForm(),
            new Financing(FinancingSource.valueOf(a.getFinancingSource()), a.getFinancingText())));
      }
      List<Section> planSections = new ArrayList<>();
      for (SectionRecord s : sections.getOrDefault(id, List.of())) {
        planSections.add(Section.of(s.getNumber(), s.getTitle(), bySection.get(s.getPosition())));
      }
      Language language = Language.ofCode(r.getLanguage()).orElseThrow(() ->
          new StoreException("revision " + r.getNumber() + " has an unknown language "
              + r.getLanguage()));
      ActionPlan plan = new ActionPlan(r.getTitle(), language,
          YearRange.of(r.getPeriodFirst(), r.getPeriodLast()), ImmutableList.copyOf(planSections),
          ExecutorDirectory.of(executors.get(id)), ImmutableList.copyOf(precedences.get(id)));
      result.add(new Revision(r.getNumber(), r.getSavedAt().toInstant(), plan));
    }
    return result;
  }

  private static <R extends Record> Map<Long, List<R>> group(List<R> rows,
      Function<R, Long> revision) {
    Map<Long, List<R>> map = new HashMap<>();
    for (R row : rows) {
      map.computeIfAbsent(revision.apply(row), k -> new ArrayList<>()).add(row);
    }
    return map;
  }

  /** An activity's place: its revision and its position there. */
  private record ActivityKey(long revision, int position) {}

  // ---- transactions ----

  @Override
  public <T> T transaction(Function<? super Plans, ? extends T> work) {
    checkNotNull(work, "work");
    checkState(!readOnly, "a snapshot cannot write");
    return inTransaction(tx -> work.apply(bound ? this : new JooqPlans(tx, time, false, copyFrom)));
  }

  @Override
  public <T> T snapshot(Function<? super Plans, ? extends T> reads) {
    checkNotNull(reads, "reads");
    if (bound) {
      // inside a transaction, a snapshot reads what that transaction sees, and writes nothing
      return reads.apply(readOnly ? this : new JooqPlans(db, time, true, copyFrom));
    }
    return inReadTransaction(tx -> reads.apply(new JooqPlans(tx, time, true, copyFrom)));
  }

  private <T> T inTransaction(Function<DSLContext, T> body) {
    if (bound) {
      return body.apply(db);
    }
    try {
      return db.transactionResult(c -> body.apply(c.dsl()));
    } catch (DataAccessException e) {
      throw failure(e, where);
    }
  }

  /**
   * What went wrong, in one line with the cause first, and never with the SQL text: jOOQ's message
   * carries the whole statement, and the reason comes last in it.
   */
  static StoreException failure(DataAccessException e, String where) {
    SQLException sql = e.getCause(SQLException.class);
    String state = sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
    String reason = sql != null ? serverMessage(sql) : "no reason given";
    if (state.equals("53100")) {
      return new StoreException("the database has no space left on its disk; nothing was stored",
          e);
    }
    if (state.startsWith("53")) {
      return new StoreException("the database server ran out of "
          + switch (state) {
            case "53200" -> "memory";
            case "53300" -> "connections";
            default -> "a resource its configuration limits";
          } + " (" + reason + "); nothing was stored", e);
    }
    if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03")) {
      return new StoreException(where + " is not answering (" + reason + "); nothing was stored",
          e);
    }
    return new StoreException("the plan store could not complete the request: " + reason, e);
  }

  /** The server's own words: the first line, without the severity PgJDBC puts in front. */
  private static String serverMessage(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    String line = message.lines().findFirst().orElse("").strip();
    line = line.replaceFirst("^(ERROR|FATAL|PANIC): ", "");
    return line.isEmpty() ? "SQLState " + e.getSQLState() : line;
  }

  /** Where the server of {@code dataSource} is, as a person would name it. */
  private static String where(DataSource dataSource) {
    if (dataSource instanceof BaseDataSource pg && pg.getServerNames().length > 0) {
      int[] ports = pg.getPortNumbers();
      return "the database server at " + pg.getServerNames()[0] + ":"
          + (ports.length > 0 && ports[0] != 0 ? ports[0] : 5432) + "/" + pg.getDatabaseName();
    }
    return "the database server";
  }

  /** A read of several tables that sees one moment: a repeatable-read, read-only transaction. */
  private <T> T inReadTransaction(Function<DSLContext, T> body) {
    if (bound) {
      return body.apply(db);
    }
    return inTransaction(tx -> {
      tx.execute("set transaction isolation level repeatable read, read only");
      return body.apply(tx);
    });
  }

  private Instant now() {
    return micros(time.now());
  }

  /** PostgreSQL keeps microseconds; cutting here makes what is loaded equal what was saved. */
  private static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
