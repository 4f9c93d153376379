package kz.stat.mics.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.schedule.DeadlineReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mics deadline}: how a deadline text is read. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
    description = "Read a deadline text (Kazakh, Russian or English) and print it as the JSON "
        + "deadline object of the mics-plan format. A text that cannot be read exits 65 with the "
        + "reason.",
    footer = {"", "Examples:",
        "  mics deadline \"Наурыз-сәуір 2024, қыркүйек-қараша 2024\"",
        "  mics deadline \"до 15 марта 2024 г.\"",
        "  mics deadline \"ежеквартально\" --year 2024"})
final class DeadlineCommand implements Callable<Integer> {

  @picocli.CommandLine.ParentCommand
  Mics mics;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "The deadline as the plan writes it.")
  String text;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "kk, ru or en: the text's language, which decides what only a language can "
          + "(03/04/2024 is 3 April in kk and ru, and refused as ambiguous in en).")
  String lang;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "The year for forms that give none (\"в течение года\").")
  Integer year;

  @Override
  public Integer call() {
    Optional<Language> language = Optional.empty();
    if (lang != null) {
      language = Optional.of(Language.ofCode(lang)
          .orElseThrow(() -> UserError.usage("--lang must be kk, ru or en, not: " + lang)));
    }
    if (year != null) {
      UserError.checkYear("--year", year);
    }
    DeadlineReading reading = mics.workspace.root().readDeadline().read(text, language,
        Optional.ofNullable(year));
    spec.commandLine().getOut().println(CompositionRoot.deadlineJson(reading.deadline()));
    spec.commandLine().getOut().flush();
    if (reading instanceof DeadlineReading.NotUnderstood n) {
      throw UserError.data("deadline: " + n.reason());
    }
    return ExitCodes.OK;
  }
}
