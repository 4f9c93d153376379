package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document to read: its name (a file name or path, used to recognise its format and in every
 * problem message) and its bytes, which may be opened more than once.
 */
public interface DocumentSource {

  /** The name problems are reported under, such as {@code plans/mics-2023-2025.kk.docx}. */
  String name();

  /** The document's bytes from the start; the caller closes the stream. */
  InputStream open() throws IOException;

  /** A document named {@code name} whose bytes {@code opener} gives, such as a file's. */
  static DocumentSource of(String name, Opener opener) {
    checkNotNull(name, "name");
    checkNotNull(opener, "opener");
    return new DocumentSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return opener.open();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** Opens a document's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }
}
