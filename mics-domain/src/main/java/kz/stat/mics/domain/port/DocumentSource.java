package kz.stat.mics.domain.port;

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
}
