package kz.stat.mics.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.OptionalLong;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mics progress}: records a step of progress on one activity. */
@Command(name = "progress", mixinStandardHelpOptions = true,
    description = "Record progress on an activity. Events are appended, never rewritten. With "
        + "--expect-version, the call fails with a conflict when someone else recorded progress on "
        + "the plan since that version.",
    footer = {"", "Example:",
        "  mics progress mics-2023-2025.kk 11.2 --status done --on 2024-06-19 --by ХСД"})
final class ProgressCommand extends StoreCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PLAN", description = "A stored plan key.")
  String plan;

  @Parameters(index = "1", paramLabel = "CODE", description = "The activity code, e.g. 11.2.")
  String code;

  @Option(names = "--status", required = true, paramLabel = "STATUS",
      description = "planned, in-progress, done or cancelled.")
  String status;

  @Option(names = "--on", paramLabel = "DATE", description = "The day it took effect (default: "
      + "today).")
  LocalDate on;

  @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "A note.")
  String note;

  @Option(names = "--by", paramLabel = "NAME",
      description = "Who reports it (default: your user name on this machine).")
  String by;

  @Option(names = "--expect-version", paramLabel = "N",
      description = "The plan's progress version you last saw (see 'mics history --json').")
  Long expectVersion;

  @Option(names = "--json", description = "Print the recorded event as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Status s = Status.parse(status).orElseThrow(() -> UserError.usage(
        "--status: expected planned, in-progress, done or cancelled, not: " + status));
    if (code.isBlank()) {
      throw UserError.usage("CODE: give the activity code, such as 11.2");
    }
    if (expectVersion != null && expectVersion < 0) {
      throw UserError.usage("--expect-version: a progress version is 0 or more, not "
          + expectVersion);
    }
    PlanKey key = key(plan);
    String actor = by != null ? by : System.getProperty("user.name", "");
    ProgressEvent e = root().progress().record(Actor.operator(actor), new RecordProgress.Step(key, ActivityCode.of(code), s,
        Optional.ofNullable(on), actor, note, expectVersion == null ? OptionalLong.empty()
            : OptionalLong.of(expectVersion)));
    if (json) {
      Output.json(out(), eventJson(e));
    } else {
      out().printf("%s %s: %s on %s (event %d)%n", key, e.activityCode(), e.status().label(),
          e.on(), e.sequence());
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> eventJson(ProgressEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sequence", e.sequence());
    m.put("activity", e.activityCode());
    m.put("status", e.status().name());
    m.put("on", e.on().toString());
    m.put("recordedAt", e.recordedAt().toString());
    m.put("actor", e.actor());
    m.put("note", e.note());
    return m;
  }
}
