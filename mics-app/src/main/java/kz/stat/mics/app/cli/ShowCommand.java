package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.wrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.OpenedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.plan.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics show}: a stored plan, section by section. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a stored plan: its sections and activities, each with its executors (the "
        + "lead first), deadline, completion form and financing (the latest revision unless "
        + "--revision is given).",
    footer = {"", "Example:", "  mics show mics-2023-2025.kk --revision 1"})
final class ShowCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN", description = "A stored plan key or a plan document.")
  String plan;

  @Option(names = "--revision", paramLabel = "N", description = "The revision to show.")
  Integer revision;

  @Option(names = "--json", description = "Print the plan as mics-plan JSON.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() throws IOException {
    String heading;
    ActionPlan p;
    if (isPath(plan)) {
      if (revision != null) {
        throw UserError.usage("--revision goes with a stored plan key, not a document");
      }
      OpenedPlan opened = root().views().open(source(plan));
      noteOrigin(plan, opened.heading());
      p = opened.plan();
      heading = plan;
    } else {
      PlanKey key = key(plan);
      Revision r = root().catalog().revision(key, revision == null ? OptionalInt.empty()
          : OptionalInt.of(revision));
      p = r.plan();
      heading = words(language.asked(), Optional.of(p.language())).format("term.revision", key,
          r.number(), time(r.savedAt()));
    }
    if (json) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      root().writer("json", ',', false).write(p, buffer);
      out().print(buffer.toString(StandardCharsets.UTF_8));
      out().flush();
      return ExitCodes.OK;
    }
    Words w = words(language.asked(), Optional.of(p.language()));
    OptionalInt width = width();
    TextTable.printWrapped(out(), p.title(), width, 0);
    TextTable.printWrapped(out(), heading + ", " + w.format("term.planLine", p.language().code(),
        p.period()), width, 2);
    out().println();
    TextTable t = TextTable.of(width, keep(w.get("col.code")), wrap(w.get("col.activity")),
        wrap(w.get("col.responsible")), wrap(w.get("col.deadline")), keep(w.get("col.due")),
        wrap(w.get("col.completionForm")), wrap(w.get("col.financing")));
    for (Section s : p.sections()) {
      t.row(s.number(), s.title(), "", "", "", "", "");
      for (Activity a : s.activities()) {
        t.row("  " + a.code(), a.title(), String.join(", ", a.responsible()),
            a.deadline().text(), a.deadline().due().map(Object::toString).orElse("?"),
            a.completionForm(), w.financing(a));
      }
    }
    t.print(out());
    return ExitCodes.OK;
  }
}
