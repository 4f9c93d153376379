package kz.stat.mics.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.stat.mics.domain.port.DocumentSource;

/** A document in a file; a missing or unreadable file is an input/output error, not bad data. */
record FileDocument(Path file) implements DocumentSource {

  static FileDocument of(Path file) {
    if (!Files.exists(file)) {
      throw UserError.io(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw UserError.io(file + ": is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw UserError.io(file + ": permission denied");
    }
    return new FileDocument(file);
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(file);
  }
}
