package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.wrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.application.OpenedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.Page;
import kz.stat.mics.domain.port.PlacedActivity;
import kz.stat.mics.domain.port.RevisionPage;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.schedule.YearRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics show}: a stored plan, section by section, a page at a time. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a stored plan: its sections and activities, each with its executors (the "
        + "lead first), deadline, completion form and financing (the latest revision unless "
        + "--revision is given).",
    footer = {"", "Example:", "  mics show mics-2023-2025.kk --revision 1",
        "  mics show mics-2023-2025.kk --activity 11.2"})
final class ShowCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PLAN", description = "A stored plan key or a plan document.")
  String plan;

  @Option(names = "--revision", paramLabel = "N", description = "The revision to show.")
  Integer revision;

  @Option(names = "--activity", paramLabel = "CODE", description = "Show only the activity with "
      + "this code (every place it is listed).")
  String activity;

  @Option(names = "--json", description = "Print the whole plan as mics-plan JSON.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Mixin
  PageOptions page;

  @Override
  public Integer call() throws IOException {
    Optional<ActivityCode> code = Optional.ofNullable(activity).map(String::strip)
        .filter(c -> !c.isEmpty()).map(ActivityCode::of);
    if (activity != null && code.isEmpty()) {
      throw UserError.usage("--activity needs an activity code, such as 11.2");
    }
    if (json && code.isPresent()) {
      throw UserError.usage("--activity goes with the table, not with --json");
    }
    int limit = page.rows(json);
    String heading;
    String title;
    Language planLanguage;
    YearRange period;
    Page<PlacedActivity> rows;
    if (isPath(plan)) {
      if (revision != null) {
        throw UserError.usage("--revision goes with a stored plan key, not a document");
      }
      OpenedPlan opened = root().views().open(source(plan));
      noteOrigin(plan, opened.heading());
      ActionPlan p = opened.plan();
      if (json) {
        return printJson(p);
      }
      heading = plan;
      title = p.title();
      planLanguage = p.language();
      period = p.period();
      rows = Page.first(placed(p, code), limit);
    } else {
      PlanKey key = key(plan);
      OptionalInt number = revision == null ? OptionalInt.empty() : OptionalInt.of(revision);
      if (json) {
        // JSON is the whole plan document, so only it loads the whole revision
        return printJson(root().catalog().revision(key, number).plan());
      }
      RevisionPage r = root().views().contents(key, number, code, limit);
      title = r.title();
      planLanguage = r.language();
      period = r.period();
      rows = r.activities();
      heading = words(language.asked(), Optional.of(planLanguage)).format("term.revision", key,
          r.revision(), time(r.savedAt()));
    }
    if (code.isPresent() && rows.total() == 0) {
      throw new UnknownPlanException(plan + " has no activity " + code.get().value());
    }
    Words w = words(language.asked(), Optional.of(planLanguage));
    OptionalInt width = width();
    TextTable.printWrapped(out(), title, width, 0);
    TextTable.printWrapped(out(), heading + ", " + w.format("term.planLine",
        planLanguage.code(), period), width, 2);
    out().println();
    TextTable t = TextTable.of(width, keep(w.get("col.code")), wrap(w.get("col.activity")),
        wrap(w.get("col.responsible")), wrap(w.get("col.deadline")), keep(w.get("col.due")),
        wrap(w.get("col.completionForm")), wrap(w.get("col.financing")));
    String section = null;
    for (PlacedActivity row : rows.items()) {
      if (!Objects.equals(section, row.sectionNumber())) {
        section = row.sectionNumber();
        t.row(row.sectionNumber(), row.sectionTitle(), "", "", "", "", "");
      }
      Activity a = row.activity();
      t.row("  " + a.code(), a.title(), String.join(", ", a.responsible()),
          a.deadline().text(), a.deadline().due().map(Object::toString).orElse("?"),
          a.completionForm(), w.financing(a));
    }
    t.print(out());
    PageOptions.printMore(out(), w, rows.more(), width);
    return ExitCodes.OK;
  }

  /** A document's activities in order with their sections, only those with the code if given. */
  private static List<PlacedActivity> placed(ActionPlan p, Optional<ActivityCode> code) {
    List<PlacedActivity> out = new ArrayList<>();
    for (Section s : p.sections()) {
      for (Activity a : s.activities()) {
        if (code.isEmpty() || code.get().value().equals(a.code())) {
          out.add(new PlacedActivity(s.number(), s.title(), a));
        }
      }
    }
    return out;
  }

  private int printJson(ActionPlan p) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    root().writer("json", ',', false).write(p, buffer);
    out().print(buffer.toString(StandardCharsets.UTF_8));
    out().flush();
    return ExitCodes.OK;
  }
}
