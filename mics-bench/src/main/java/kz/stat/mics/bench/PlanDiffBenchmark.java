package kz.stat.mics.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanDiff;
import kz.stat.mics.domain.plan.Section;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code PlanDiff.between} two revisions of a synthetic plan that share every code, one activity
 * in ten retitled in the second: what {@code mics diff} computes. Its time grows with the plan,
 * not with its square: each side is put in a map by code once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PlanDiffBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int activities;

  private ActionPlan before;
  private ActionPlan after;

  @Setup
  public void setUp() {
    before = BenchPlans.synthetic(activities);
    List<Section> sections = new ArrayList<>();
    int n = 0;
    for (Section s : before.sections()) {
      List<Activity> rows = new ArrayList<>();
      for (Activity a : s.activities()) {
        rows.add(n++ % 10 == 0 ? Activity.of(a.code(), a.title() + " (revised)", a.responsible(),
            a.deadline(), a.completionForm(), a.financing()) : a);
      }
      sections.add(Section.of(s.number(), s.title(), rows));
    }
    after = ActionPlan.of(before.title(), before.language(), before.period(), sections,
        before.executors());
  }

  @Benchmark
  public PlanDiff between() {
    return PlanDiff.between(before, after);
  }
}
