package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.application.CheckDocument.Checked;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.rules.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mics validate}: the findings on a plan document. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a plan document and print its findings, one a line: severity, activity "
        + "code, message. Exits 1 when there is an error, 0 otherwise.",
    footer = {"", "Examples:", "  mics validate examples/mics-2023-2025.kk.txt",
        "  mics validate plan.docx --precedence 11.2:11.4 --precedence 14.1:14.3"})
final class ValidateCommand implements Callable<Integer> {

  @picocli.CommandLine.ParentCommand
  Mics mics;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "The plan document.")
  Path input;

  @Option(names = "--json", description = "Print the findings as JSON.")
  boolean json;

  @Mixin
  LanguageOption language;

  @Option(names = "--precedence", paramLabel = "A:B",
      description = "A constraint 'A finishes before B starts' to check against the schedule, "
          + "e.g. 11.2:11.4 (listing before the second-stage sample); repeatable.")
  List<String> precedences = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    FileDocument document = FileDocument.of(input);
    List<Precedence> extra = new java.util.ArrayList<>();
    for (String p : precedences) {
      String[] codes = p.split(":", -1);
      if (codes.length != 2 || codes[0].isBlank() || codes[1].isBlank()) {
        throw UserError.usage("--precedence: expected two activity codes as A:B, such as "
            + "11.2:11.4, not: " + p);
      }
      extra.add(Precedence.of(codes[0], codes[1]));
    }
    Checked checked = mics.workspace.root().check().validate(document, extra);
    ActionPlan plan = checked.plan();
    List<Finding> findings = checked.findings();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, findings.stream().map(f -> {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("severity", f.severity().name());
        m.put("code", f.activityCode().orElse(null));
        m.put("message", f.message());
        return m;
      }).toList());
    } else {
      OptionalInt width = mics.terminal.width();
      for (Finding f : findings) {
        TextTable.printWrapped(out, f.severity().name() + ": " + f.activityCode()
            .map(c -> c + ": ").orElse("") + f.message(), width, 2);
      }
      Language lang = mics.terminal.language(language.asked(), Optional.of(plan.language()));
      Words w = new Words(lang, CompositionRoot.labels(lang));
      TextTable.printWrapped(out, w.format("term.validate", input,
          w.count("activities", plan.activities().size()), w.count("errors", checked.errors()),
          w.count("findings", findings.size())), width, 2);
    }
    out.flush();
    return checked.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
