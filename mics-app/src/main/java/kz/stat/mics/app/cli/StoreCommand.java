package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.application.ViewedPlan;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the commands that use the plan store share: the use cases, and telling a plan key from a
 * document path. A path has a separator or a document's extension; anything else is a key, so a
 * file that happens to bear a key's name is never read in its place.
 */
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

  CompositionRoot root() {
    return mics.workspace.root();
  }

  /** How wide the views may print; none when piped. */
  OptionalInt width() {
    return mics.terminal.width();
  }

  /** The views' words: in the language asked for, else the locale's, else the plan's. */
  Words words(Optional<Language> asked, Optional<Language> plan) {
    Language language = mics.terminal.language(asked, plan);
    return new Words(language, CompositionRoot.labels(language));
  }

  /** A moment of the store as people read it, in the plans' zone. */
  String time(Instant instant) {
    return Words.time(instant, root().zone());
  }

  /** Whether a PLAN argument names a document rather than a stored plan. */
  static boolean isPath(String plan) {
    return PlanKey.looksLikeDocument(plan);
  }

  /** The plan a view is asked for: a stored plan key, or a document shown as it is. */
  PlanSource source(String plan) {
    if (isPath(plan)) {
      return PlanSource.document(FileDocument.of(Path.of(plan)));
    }
    return PlanSource.stored(key(plan));
  }

  /** A stored plan's key; a document path is refused, since only 'mics import' stores one. */
  static PlanKey key(String plan) {
    if (isPath(plan)) {
      throw UserError.usage(plan + " is a document, and this command works on a stored plan: "
          + "store it first with 'mics import " + plan + "', then name its key");
    }
    if (!PlanKey.isValid(plan)) {
      throw UserError.usage(plan + ": not a plan key (1 to 64 letters, digits, '.', '_' or '-') "
          + "nor a document path");
    }
    return PlanKey.of(plan);
  }

  /** Says on stderr where a plan shown from a document stands against the store. */
  void noteOrigin(String plan, ViewedPlan opened) {
    switch (opened.origin()) {
      case STORED, DOCUMENT_AS_STORED -> { }
      case DOCUMENT_CHANGED -> err().printf("%s differs from revision %d of plan %s: shown as it "
              + "is, with the plan's progress; nothing was stored (store it with 'mics import')%n",
          plan, opened.storedRevision().getAsInt(), opened.key());
      case DOCUMENT_NOT_STORED -> err().printf("%s: shown as it is, without progress: no plan is "
          + "stored under the key %s (store it with 'mics import')%n", plan, opened.key());
    }
    err().flush();
  }
}
