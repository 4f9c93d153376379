package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document could not be read: every problem found (up to a limit), each with where and what.
 * Thrown by readers instead of returning a half-read plan.
 */
public final class PlanDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<DocumentProblem> problems;

  public PlanDocumentException(List<DocumentProblem> problems) {
    super(problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("\n")));
    checkArgument(!problems.isEmpty(), "at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  public PlanDocumentException(DocumentProblem problem) {
    this(List.of(problem));
  }

  public ImmutableList<DocumentProblem> problems() {
    return problems;
  }
}
