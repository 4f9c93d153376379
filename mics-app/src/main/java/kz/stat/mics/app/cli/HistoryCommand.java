package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.shorten;
import static kz.stat.mics.app.cli.TextTable.wrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import java.util.Optional;
import kz.stat.mics.domain.application.PlanCatalog.ProgressLog;
import kz.stat.mics.domain.progress.ProgressEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics history}: the progress events of a plan or of one activity. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the progress events of a plan, or of one activity, oldest first.",
    footer = {"", "Example:", "  mics history mics-2023-2025.kk 11.2"})
final class HistoryCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Parameters(index = "1", arity = "0..1", paramLabel = "CODE", description = "An activity code.")
  String code;

  @Option(names = "--json", description = "Print the events as JSON, with the plan's version.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() {
    PlanKey key = key(plan);
    ProgressLog log = root().catalog().progress(key,
        Optional.ofNullable(code).filter(c -> !c.isBlank()).map(ActivityCode::of));
    List<ProgressEvent> events = log.events();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("plan", key.value());
      m.put("version", log.version());
      m.put("events", events.stream().map(ProgressCommand::eventJson).toList());
      Output.json(out(), m);
      return ExitCodes.OK;
    }
    Words w = words(language.asked(), Optional.empty());
    TextTable t = TextTable.of(width(), keep(w.get("col.sequence")), keep(w.get("col.code")),
        keep(w.get("col.status")), keep(w.get("col.on")), keep(w.get("col.recorded")),
        shorten(w.get("col.by")), wrap(w.get("col.note")));
    for (ProgressEvent e : events) {
      t.row(e.sequence(), e.activityCode(), w.status(e.status()), e.on(), time(e.recordedAt()),
          e.actor(), e.note());
    }
    if (t.isEmpty()) {
      TextTable.printWrapped(out(), code == null ? w.get("term.none.progress")
          : w.format("term.none.progressOn", code), width(), 0);
    } else {
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
