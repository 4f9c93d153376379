package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.port.UnknownPlanException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What the commands that use the plan store share: the store, and finding the plan a user names. */
abstract class StoreCommand {

  @ParentCommand
  Mics mics;

  @Spec
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Plans plans() {
    return mics.workspace.plans();
  }

  /**
   * The plan a user names: a stored plan key, or a plan document, which is imported first (importing
   * an unchanged document again changes nothing).
   */
  PlanKey resolve(String plan) {
    Path path = Paths.get(plan);
    if (Files.isRegularFile(path)) {
      PlanKey key = PlanKey.fromFileName(path.getFileName().toString());
      SavedRevision saved = plans().save(key, PlanFiles.read(path));
      if (saved.created()) {
        err().printf("imported %s as plan %s, revision %d%n", path, key, saved.revision());
      }
      return key;
    }
    if (!PlanKey.isValid(plan)) {
      throw UserError.usage(plan + ": no such file, and not a plan key");
    }
    return PlanKey.of(plan);
  }

  /** The latest revision of a stored plan. */
  Revision latest(PlanKey key) {
    return plans().latest(key).orElseThrow(() -> UnknownPlanException.plan(key));
  }
}
