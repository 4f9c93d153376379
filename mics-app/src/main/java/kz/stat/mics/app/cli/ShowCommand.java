package kz.stat.mics.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.OptionalInt;
import kz.stat.mics.domain.application.OpenedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.plan.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics show}: a stored plan, section by section. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a stored plan: its sections and activities (the latest revision unless "
        + "--revision is given).",
    footer = {"", "Example:", "  mics show mics-2023-2025.kk --revision 1"})
final class ShowCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN", description = "A stored plan key or a plan document.")
  String plan;

  @Option(names = "--revision", paramLabel = "N", description = "The revision to show.")
  Integer revision;

  @Option(names = "--json", description = "Print the plan as mics-plan JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    String heading;
    ActionPlan p;
    if (isPath(plan)) {
      if (revision != null) {
        throw UserError.usage("--revision goes with a stored plan key, not a document");
      }
      OpenedPlan opened = root().views().open(source(plan));
      noteOrigin(plan, opened);
      p = opened.plan();
      heading = plan;
    } else {
      PlanKey key = key(plan);
      Revision r = root().catalog().revision(key, revision == null ? OptionalInt.empty()
          : OptionalInt.of(revision));
      p = r.plan();
      heading = String.format("plan %s, revision %d (saved %s)", key, r.number(), r.savedAt());
    }
    if (json) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      root().writer("json", ',', false).write(p, buffer);
      out().print(buffer.toString(StandardCharsets.UTF_8));
      out().flush();
      return ExitCodes.OK;
    }
    out().printf("%s%n%s, language %s, period %s%n%n", p.title(), heading,
        p.language().code(), p.period());
    TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "DEADLINE", "DUE", "FINANCING");
    for (Section s : p.sections()) {
      t.row(s.number(), s.title(), "", "", "", "");
      for (Activity a : s.activities()) {
        t.row("  " + a.code(), a.title(), a.lead().orElse(""), a.deadline().text(),
            a.deadline().due().map(Object::toString).orElse("?"), a.financing().text());
      }
    }
    t.print(out());
    return ExitCodes.OK;
  }
}
