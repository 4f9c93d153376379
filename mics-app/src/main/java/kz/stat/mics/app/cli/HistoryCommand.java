package kz.stat.mics.app.cli;

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
    TextTable t = TextTable.of("#", "CODE", "STATUS", "ON", "RECORDED", "BY", "NOTE");
    for (ProgressEvent e : events) {
      t.row(e.sequence(), e.activityCode(), e.status().label(), e.on(), e.recordedAt(), e.actor(),
          e.note());
    }
    if (t.isEmpty()) {
      out().println("No progress recorded" + (code == null ? "" : " on " + code) + ".");
    } else {
      t.print(out());
    }
    return ExitCodes.OK;
  }
}
