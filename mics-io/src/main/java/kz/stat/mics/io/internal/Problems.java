package kz.stat.mics.io.internal;

import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.UnstorableTextException;

/**
 * The problems found while reading one document, kept up to a limit so that the reader can report
 * them all at once instead of stopping at the first; and, apart from them, what the reader skipped
 * as not part of the plan.
 */
public final class Problems {
  /** How many problems one document reports at most. */
  public static final int LIMIT = 50;

  private final String source;
  private final List<DocumentProblem> found = new ArrayList<>();
  private int dropped;
  private final List<DocumentProblem> skipped = new ArrayList<>();
  private int skippedDropped;

  public Problems(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** Notes a problem at a line and column (0 when unknown). */
  public void add(int line, int column, String message) {
    if (found.size() < LIMIT) {
      found.add(new DocumentProblem(source, line, column, message));
    } else {
      dropped++;
    }
  }

  /** Counts {@code more} problems found but not kept, as past the limit. */
  public void dropped(int more) {
    dropped += more;
  }

  public void add(int line, String message) {
    add(line, 0, message);
  }

  public void add(String message) {
    add(0, 0, message);
  }

  /** Notes something the reader left out as not part of the plan; it refuses nothing. */
  public void skip(String message) {
    if (skipped.size() < LIMIT) {
      skipped.add(DocumentProblem.of(source, message));
    } else {
      skippedDropped++;
    }
  }

  /** What was skipped, in document order, up to the limit. */
  public List<DocumentProblem> skipped() {
    List<DocumentProblem> all = new ArrayList<>(skipped);
    if (skippedDropped > 0) {
      all.add(DocumentProblem.of(source, skippedDropped + " more skipped parts not shown"));
    }
    return List.copyOf(all);
  }

  /** How many problems have been noted. */
  public int count() {
    return found.size() + dropped;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws every problem noted so far, if there is any. */
  public void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    List<DocumentProblem> all = new ArrayList<>(found);
    if (dropped > 0) {
      all.add(DocumentProblem.of(source, dropped + " more problems not shown"));
    }
    throw new PlanDocumentException(all);
  }

  /** Throws one problem at once. */
  public PlanDocumentException fail(int line, int column, String message) {
    add(line, column, message);
    List<DocumentProblem> all = new ArrayList<>(found);
    return new PlanDocumentException(all);
  }

  /**
   * Runs {@code give}, which hands parts of the document on to a store's parts. A text the store
   * cannot keep (a NUL character, half of a surrogate pair, a cell over the limit) stops the
   * reading there: with the problems already noted, which name it, else placed at {@code line} and
   * {@code column} (0 when unknown).
   */
  public void hand(int line, int column, Runnable give) {
    try {
      give.run();
    } catch (UnstorableTextException e) {
      throwIfAny();
      throw fail(line, column, e.getMessage());
    }
  }
}
