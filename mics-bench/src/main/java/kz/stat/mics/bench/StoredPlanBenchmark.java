package kz.stat.mics.bench;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlanQueries;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.embedded.EmbeddedStore;
import kz.stat.mics.persistence.PlanDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One large plan in a warm embedded store (made once per trial in a fresh directory): the first
 * page of 50 of its overdue and due views as of {@link BenchPlans#AS_OF}, as the queries answer
 * them with their totals, and saving the very same plan again (settled by its fingerprint). Progress
 * is recorded on one activity in a hundred, half of those done on their due day; the trial waits
 * until autovacuum has analyzed the activities, as it does soon after a load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoredPlanBenchmark {
  static final PlanKey KEY = PlanKey.of("large");
  /** One activity in this many has progress. */
  static final int TRACKED_EVERY = 100;

  @Param({"10000", "100000", "1000000"})
  public int activities;

  private Path dir;
  private PlanDatabase database;
  private Plans plans;
  private PlanQueries queries;
  private ActionPlan plan;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("mics-bench-stored");
    database = EmbeddedStore.open(dir);
    plans = database.plans();
    queries = database.queries();
    plan = BenchPlans.synthetic(activities);
    Instant at = Instant.parse("2024-01-01T09:00:00Z");
    plans.restore(PlanHistory.of(KEY, List.of(new Revision(1, at, plan)), progress(plan, at)));
    // The trial times the plans of a settled store: wait for the statistics autovacuum gathers
    // within a minute or two of a large load (the program's role may not ANALYZE itself).
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (int waited = 0; ; waited++) {
        try (ResultSet r = s.executeQuery("select count(*) from pg_stat_user_tables"
            + " where relname = 'activity' and coalesce(last_autoanalyze, last_analyze) is not null")) {
          r.next();
          if (r.getInt(1) == 1) {
            break;
          }
        }
        checkState(waited < 300, "the store's activities were not analyzed in 5 minutes");
        Thread.sleep(1000);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's statistics", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Page<OverdueActivity> page = overduePage();
    checkState(page.items().size() == 50 && page.total() > 50, "overdue: %s of %s",
        page.items().size(), page.total());
  }

  private static PlanProgress progress(ActionPlan plan, Instant at) {
    List<ProgressEvent> events = new ArrayList<>();
    ImmutableList<Activity> all = plan.activities();
    for (int i = 0; i < all.size(); i += TRACKED_EVERY) {
      Activity a = all.get(i);
      boolean done = (i / TRACKED_EVERY) % 2 == 0;
      LocalDate on = (done ? a.deadline().due() : a.deadline().start())
          .orElse(LocalDate.of(2023, 1, 1));
      events.add(ProgressEvent.of(events.size() + 1, new ProgressChange(a.code(),
          done ? Status.DONE : Status.IN_PROGRESS, on, "bench", ""), at));
    }
    return PlanProgress.of(events);
  }

  @TearDown
  public void tearDown() {
    try {
      database.close();
    } finally {
      Directories.delete(dir);
    }
  }

  @Benchmark
  public Page<OverdueActivity> overduePage() {
    return queries.overdue(KEY, BenchPlans.AS_OF, 50);
  }

  @Benchmark
  public Page<DueActivity> duePage() {
    return queries.due(KEY, BenchPlans.AS_OF, BenchPlans.AS_OF.plusDays(30),
        Optional.of(BenchPlans.AS_OF), 50);
  }

  @Benchmark
  public SavedRevision saveUnchanged() {
    return plans.save(KEY, plan);
  }
}
