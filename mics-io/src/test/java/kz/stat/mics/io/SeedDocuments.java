package kz.stat.mics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.language.Language;

/** The seed plan's text export, and ways to compare plans while the deadline parser is young. */
public final class SeedDocuments {
  private SeedDocuments() {}

  /** The bytes of examples/mics-2023-2025.kk.txt. */
  public static byte[] seedText() {
    try {
      return Files.readAllBytes(Path.of("..", "examples", "mics-2023-2025.kk.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the deadline parser reads the plain forms of the seed yet. */
  public static boolean parserReadsSeedDeadlines() {
    return DeadlineParser.read("Наурыз-сәуір 2024, қыркүйек-қараша 2024",
        DeadlineContext.of(Language.KK)).deadline().windows().size() == 2;
  }

  /** The plan with every deadline reduced to its text: what a reader owes without the parser. */
  public static ActionPlan deadlineTextsOnly(ActionPlan plan) {
    List<Section> sections = plan.sections().stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.withDeadline(Deadline.unresolved(a.deadline().text())))
            .map(Activity.class::cast)
            .toList()))
        .toList();
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        com.google.common.collect.ImmutableList.copyOf(sections), plan.executors(),
        plan.precedences());
  }
}
