package kz.stat.mics.domain.port;

import java.util.Optional;

/** Reads plan documents part by part, for the formats that can be read so. */
public interface StreamedDocuments {

  /**
   * The document as a stream of parts, when it is a plan in a format read part by part (JSON,
   * CSV); empty for every other document, which is then read whole.
   *
   * @throws java.io.UncheckedIOException when its first bytes cannot be read
   */
  Optional<PlanStream> stream(DocumentSource source);
}
