package kz.stat.mics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed plan's text export as the repository holds it. */
public final class SeedDocuments {
  private SeedDocuments() {}

  /** The bytes of examples/mics-2023-2025.kk.txt. */
  public static byte[] seedText() {
    try {
      return Files.readAllBytes(Path.of("..", "examples", "mics-2023-2025.kk.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
