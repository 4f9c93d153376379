package kz.stat.mics.bench;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.io.table.TablePlanReader;

/**
 * The inputs of the benchmarks, built once per trial: the seed plan (read from the text export of
 * examples/mics-2023-2025.kk.txt, packed into the jar), a synthetic plan of any size made of the
 * seed's activities, and a plausible progress history for either.
 */
public final class BenchPlans {
  /** The name the seed text export is packed under, beside this class. */
  static final String SEED_RESOURCE = "mics-2023-2025.kk.txt";
  /** The activities of the large synthetic plan. */
  public static final int LARGE = 10_000;
  /** The day the monitoring benchmarks ask about: mid-plan, when much is due and some is late. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  private static final int ACTIVITIES_PER_SECTION = 100;

  private BenchPlans() {}

  /** The bytes of the seed's text export. */
  public static byte[] seedText() {
    try (InputStream in = BenchPlans.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the seed plan " + SEED_RESOURCE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed plan: 15 sections, 47 activities. */
  public static ActionPlan seed() {
    return new TablePlanReader().read("seed", new ByteArrayInputStream(seedText()));
  }

  /** The 47 deadline texts of the seed, as written in the document. */
  public static ImmutableList<String> seedDeadlineTexts() {
    return seed().activities().stream()
        .map(a -> a.deadline().text())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A plan of {@code activities} activities in sections of 100, each a copy of a seed activity in
   * turn (so deadlines, executors and financing keep the seed's mix), coded "section.n".
   */
  public static ActionPlan synthetic(int activities) {
    ActionPlan seed = seed();
    ImmutableList<Activity> pattern = seed.activities();
    List<Section> sections = new ArrayList<>();
    int made = 0;
    for (int s = 1; made < activities; s++) {
      List<Activity> rows = new ArrayList<>();
      for (int n = 1; n <= ACTIVITIES_PER_SECTION && made < activities; n++, made++) {
        Activity a = pattern.get(made % pattern.size());
        rows.add(Activity.of(s + "." + n, a.title(), a.responsible(), a.deadline(),
            a.completionForm(), a.financing()));
      }
      sections.add(Section.of(Integer.toString(s), seed.sections().get((s - 1)
          % seed.sections().size()).title(), rows));
    }
    return ActionPlan.of(seed.title(), seed.language(), seed.period(), sections,
        seed.executors());
  }

  /**
   * Progress on every third activity: the first of each three done on its due day, the second in
   * progress from its start; the rest untouched, so that some are overdue {@link #AS_OF}.
   */
  public static PlanProgress progress(ActionPlan plan) {
    List<ProgressEvent> events = new ArrayList<>();
    Instant at = Instant.parse("2024-01-01T09:00:00Z");
    ImmutableList<Activity> all = plan.activities();
    for (int i = 0; i < all.size(); i++) {
      Activity a = all.get(i);
      Status status = switch (i % 3) {
        case 0 -> Status.DONE;
        case 1 -> Status.IN_PROGRESS;
        default -> null;
      };
      if (status == null) {
        continue;
      }
      LocalDate on = (status == Status.DONE ? a.deadline().due() : a.deadline().start())
          .orElse(LocalDate.of(2023, 1, 1));
      events.add(ProgressEvent.of(events.size() + 1,
          new ProgressChange(a.code(), status, on, "bench", ""), at));
    }
    return PlanProgress.of(events);
  }

  /** What {@code writer} makes of {@code plan}. */
  public static byte[] written(PlanWriter writer, ActionPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
