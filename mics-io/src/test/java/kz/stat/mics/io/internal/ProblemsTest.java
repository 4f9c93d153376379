package kz.stat.mics.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.io.table.TablePlanReader;
import org.junit.jupiter.api.Test;

class ProblemsTest {
  @Test
  void aReaderReportsFiftyProblemsAndCountsTheRest() {
    StringBuilder text = new StringBuilder("Plan 2024-2025\n\n\tNo\n\tActivity\n\tResponsible\n"
        + "\tDeadline\n\n\t1\n\tFirst\n\n");
    for (int i = 1; i <= 60; i++) {
      text.append("\t1.").append(i).append("\n\tShort row\n\n");
    }
    PlanDocumentException e = catchThrowableOfType(PlanDocumentException.class,
        () -> new TablePlanReader().read("p.txt", text.toString()));
    assertThat(e.problems()).hasSize(51);
    assertThat(e.problems().get(0).toString())
        .isEqualTo("p.txt:11: activity 1.1 has 2 cells; the header has 4 columns");
    assertThat(e.problems().get(50).toString()).isEqualTo("p.txt: 10 more problems not shown");
  }
}
