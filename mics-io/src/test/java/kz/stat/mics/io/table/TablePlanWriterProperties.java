package kz.stat.mics.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.docx.DocxPlanReader;
import kz.stat.mics.io.docx.DocxPlanWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The table text and Word writers write what the table and Word readers read back: every cell's
 * text, the sections, the directory and the language.
 */
class TablePlanWriterProperties {

  private static Arbitrary<String> words() {
    return Arbitraries.of("Іс-шара", "жоспар", "MICS", "ХСД", "өңір", "(10 күн)", "т. б.", ".",
            "Мероприятие", "survey", "Ғ", "2024", "😀", "\"q\"", "a;b", "x-y")
        .list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l));
  }

  private static Arbitrary<String> names() {
    return Arbitraries.of("ХСД", "АТД", "ӘЖД", "Баспасөз қызметі", "PSD", "ДСН", "ҚР СЖРА ҰСБ")
        .list().uniqueElements().ofMaxSize(3).map(l -> String.join(", ", l));
  }

  private static Arbitrary<Activity> activities(int section) {
    return Combinators.combine(Arbitraries.integers().between(1, 20), words(), names(),
            Arbitraries.of("Ақпан 2023", "Наурыз-сәуір 2024, қыркүйек-қараша 2024",
                "Маусым 2023 (10 күн)", "Март 2024", "до 1 марта 2024", "May-June 2025",
                "someday"),
            words(), Arbitraries.of("РБ", "ЮНИСЕФ", "Талап етілмейді", "Не требуется", "other"))
        .as((n, title, who, deadline, form, financing) -> Activity.of(section + "." + n, title,
            TablePlanReaderAccess.split(who), Deadline.unresolved(deadline), form,
            Financing.of(financing)));
  }

  @Provide
  Arbitrary<ActionPlan> plans() {
    Arbitrary<List<Section>> sections = Arbitraries.integers().between(1, 4).flatMap(count -> {
      List<Arbitrary<Section>> list = new java.util.ArrayList<>();
      for (int i = 1; i <= count; i++) {
        int number = i;
        list.add(Combinators.combine(words(), activities(number).list().ofMaxSize(3))
            .as((title, acts) -> Section.of(Integer.toString(number), title, acts)));
      }
      return Combinators.combine(list).as(l -> l);
    });
    Arbitrary<ExecutorDirectory> directory = Arbitraries.of(
        ExecutorDirectory.empty(),
        ExecutorDirectory.of(List.of(Executor.of("ХСД", "Халық статистикасы департаменті"),
            Executor.of("АТД", "Ақпараттық технологиялар - департаменті"))));
    return Combinators.combine(words(), Arbitraries.of(Language.class), sections, directory)
        .as((title, language, list, dir) -> ActionPlan.of("2023-2025 " + title, language,
            YearRange.of(2023, 2025), list, dir));
  }

  /** The plan with deadlines reduced to their text, which is all these formats keep of them. */
  private static ActionPlan texts(ActionPlan plan) {
    return ActionPlan.of(plan.title(), plan.language(), plan.period(), plan.sections().stream()
        .map(s -> Section.of(s.number(), s.title(), s.activities().stream()
            .map(a -> a.withDeadline(Deadline.unresolved(a.deadline().text()))).toList()))
        .toList(), plan.executors());
  }

  @Property(tries = 150)
  void theTableReaderReadsWhatTheTableWriterWrote(@ForAll("plans") ActionPlan plan)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TablePlanWriter().write(plan, out);
    ActionPlan read = new TablePlanReader().read("p.txt",
        new ByteArrayInputStream(out.toByteArray()));
    assertThat(texts(read)).isEqualTo(plan);
  }

  @Property(tries = 30)
  void theWordReaderReadsWhatTheWordWriterWrote(@ForAll("plans") ActionPlan plan)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxPlanWriter().write(plan, out);
    ActionPlan read = new DocxPlanReader().read("p.docx",
        new ByteArrayInputStream(out.toByteArray()));
    assertThat(texts(read)).isEqualTo(plan);
  }

  /** The reader's own split of a responsible cell. */
  private static final class TablePlanReaderAccess {
    static List<String> split(String cell) {
      return kz.stat.mics.io.internal.PlanTable.responsible(cell);
    }
  }
}
