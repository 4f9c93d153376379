package kz.stat.mics.domain.port;

/**
 * A plan document that can be read part by part, as many times as it is asked to. A reading that
 * finds problems may already have handed some parts on: it throws at the end, and the receiver
 * must then keep nothing of what it was given.
 */
@FunctionalInterface
public interface PlanStream {

  /**
   * Reads the document once, handing every part to {@code parts} in document order.
   *
   * @throws PlanDocumentException when the document has problems, with every problem's place
   * @throws java.io.UncheckedIOException when its bytes cannot be read
   */
  void readInto(PlanParts parts);
}
