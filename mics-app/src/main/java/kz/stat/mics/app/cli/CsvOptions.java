package kz.stat.mics.app.cli;

import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.io.DocumentFormat;
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
  PlanWriter writer(DocumentFormat format) {
    if (separator != ',' && separator != ';') {
      throw UserError.usage("--separator must be ',' or ';', not '" + separator + "'");
    }
    return PlanFiles.writer(format, separator, bom);
  }
}
