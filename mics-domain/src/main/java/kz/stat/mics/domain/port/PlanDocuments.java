package kz.stat.mics.domain.port;

/** Reads documents of every format it knows, recognising the format from the name and content. */
public interface PlanDocuments {

  /**
   * Reads a plan document or an exported history.
   *
   * @throws PlanDocumentException when the document is of no known format or has problems, with
   *     every problem's place
   * @throws java.io.UncheckedIOException when its bytes cannot be read
   */
  PlanDocument read(DocumentSource source);
}
