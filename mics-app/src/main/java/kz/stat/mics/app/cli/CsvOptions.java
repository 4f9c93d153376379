package kz.stat.mics.app.cli;

import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.port.PlanWriter;
import picocli.CommandLine.Option;

/** The options of a command that writes CSV: the separator and the byte order mark. */
final class CsvOptions {

  @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ",",
      description = "The CSV separator: ',' or ';' (default: ',').")
  char separator;

  @Option(names = "--no-bom", negatable = true, defaultValue = "true", description = "Start the "
      + "CSV with a UTF-8 byte order mark, which Excel needs to read UTF-8 (default; --no-bom "
      + "leaves it out).")
  boolean bom;

  /** The writer of {@code format}, with these CSV options. */
  PlanWriter writer(CompositionRoot root, String format) {
    if (separator != ',' && separator != ';') {
      throw UserError.usage("--separator must be ',' or ';', not '" + separator + "'");
    }
    return root.writer(format, separator, bom);
  }
}
