package kz.stat.mics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.csv.CsvPlanReader;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.docx.DocxPlanReader;
import kz.stat.mics.io.json.JsonPlanReader;
import kz.stat.mics.io.table.TablePlanReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever bytes they are given, the readers return a plan or throw a PlanDocumentException with at
 * least one located problem: never another exception.
 */
class ReadersRefuseBadInputProperties {

  private static void readsOrReports(PlanReader reader, byte[] bytes) {
    try {
      reader.read("x", new ByteArrayInputStream(bytes));
    } catch (PlanDocumentException e) {
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Problems.LIMIT + 1);
      assertThat(e.getMessage()).startsWith("x");
    }
  }

  @Provide
  Arbitrary<String> tableLike() {
    return Arbitraries.of("\t", "\n", "\r\n", " ", "1", "1.1", "2", "Іс-шара", "Activity",
            "Responsible", "Deadline", "№", "Мероприятие", "Note*:", "·", "-", "2024", "Май 2024",
            "ХСД", ",", "\t1\n\tSection\n\n", "\tNo\n\tActivity\n\tResponsible\n\tDeadline\n\n")
        .list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void theTableReaderReadsOrReports(@ForAll("tableLike") String text) {
    readsOrReports(new TablePlanReader(), text.getBytes(StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void anAbbreviationWhoseNameMarkHasNothingAfterItIsReportedNotThrown() {
    for (String text : java.util.List.of(
        "\tNo\n\tActivity\n\tResponsible\n\tDeadline\n\nХСД\n·\n",
        "\tNo\n\tActivity\n\tResponsible\n\tDeadline\n\nІс-шара\tІс-шара ·",
        "\tNo \tActivity \tResponsible \tDeadline Іс-шара\tІс-шара ·")) {
      readsOrReports(new TablePlanReader(), text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Provide
  Arbitrary<String> csvLike() {
    return Arbitraries.of("#format,mics-plan,1\n", "#title,T\n", "#language,kk\n",
            "#period,2023,2025\n", "#section,1,S,1\n", "#executor,A,B\n", "section,code,title\n",
            "section,code,title,windows,duration_days,financing,tentative,recurrence\n", "1", ",",
            ";", "\"", "\n", "1.1", "2024-01-01..2024-02-01", "..", "x", "'", "=", "true", "-3")
        .list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void theCsvReaderReadsOrReports(@ForAll("csvLike") String text) {
    readsOrReports(new CsvPlanReader(), text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> jsonLike() {
    return Arbitraries.of("{", "}", "[", "]", ",", ":", "\"format\"", "\"mics-plan\"",
            "\"version\"", "1", "\"title\"", "\"t\"", "\"sections\"", "\"period\"", "null",
            "\"from\"", "\"2023-01-01\"", "true", "-1", "1e400", "\"")
        .list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void theJsonReaderReadsOrReports(@ForAll("jsonLike") String text) {
    readsOrReports(new JsonPlanReader(), text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void everyTextReaderReadsOrReportsArbitraryBytes(@ForAll byte[] bytes) {
    for (PlanReader reader : List.of(new TablePlanReader(), new CsvPlanReader(),
        new JsonPlanReader())) {
      readsOrReports(reader, bytes);
    }
  }

  @Property(tries = 40)
  void theWordReaderReportsAnyTruncatedDocument(@ForAll @IntRange(min = 1, max = 99) int percent) {
    byte[] docx = docx();
    byte[] cut = Arrays.copyOf(docx, docx.length * percent / 100);
    readsOrReports(new DocxPlanReader(), cut);
  }

  private static byte[] cached;

  private static synchronized byte[] docx() {
    if (cached == null) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try {
        new kz.stat.mics.io.docx.DocxPlanWriter().write(kz.stat.mics.domain.fixtures.SeedPlan
            .plan(), out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      cached = out.toByteArray();
    }
    return cached;
  }
}
