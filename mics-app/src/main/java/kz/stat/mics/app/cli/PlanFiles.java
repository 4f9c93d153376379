package kz.stat.mics.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.io.DocumentFormat;
import kz.stat.mics.io.Documents;
import kz.stat.mics.io.WriteOptions;
import kz.stat.mics.domain.port.PlanWriter;

/** The document formats as the commands use them: a missing file is an I/O error, not bad data. */
final class PlanFiles {
  private static final Documents DOCUMENTS = new Documents();

  private PlanFiles() {}

  static ActionPlan read(Path file) {
    return DOCUMENTS.read(existing(file));
  }

  static ActionPlan read(Path file, DocumentFormat format) {
    return DOCUMENTS.read(format, existing(file));
  }

  static boolean isHistory(Path file) {
    return DOCUMENTS.isHistory(existing(file));
  }

  static PlanHistory readHistory(Path file) {
    return DOCUMENTS.readHistory(existing(file));
  }

  static PlanWriter writer(DocumentFormat format, char separator, boolean bom) {
    return DOCUMENTS.writer(format, WriteOptions.defaults().withCsvSeparator(separator)
        .withCsvByteOrderMark(bom));
  }

  static PlanWriter json() {
    return writer(DocumentFormat.JSON, ',', false);
  }

  static Documents documents() {
    return DOCUMENTS;
  }

  private static Path existing(Path file) {
    if (!Files.exists(file)) {
      throw UserError.io(file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw UserError.io(file + ": permission denied");
    }
    return file;
  }
}
