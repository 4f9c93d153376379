package kz.stat.mics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.io.csv.CsvPlanReader;
import kz.stat.mics.io.csv.CsvPlanWriter;
import kz.stat.mics.io.internal.CollectedPlan;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.json.JsonPlanReader;
import kz.stat.mics.io.json.JsonPlanWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The seed written as JSON and as CSV, mutated at a few places (bytes replaced, removed or
 * inserted), is either read by the streaming readers or refused with a PlanDocumentException that
 * names the document: never another exception.
 */
class StreamedReadersRefuseBadInputProperties {
  private static final byte[] JSON = StreamedReadersTest.written(new JsonPlanWriter(),
      SeedPlan.plan());
  private static final byte[] CSV = StreamedReadersTest.written(new CsvPlanWriter(),
      SeedPlan.plan());
  private static final byte[] NOISE = "{}[]\",:;\n\r\t#0-.\\'aЖ\u0000".getBytes(
      java.nio.charset.StandardCharsets.UTF_8);

  /** One change: at a fraction of the document, 0 replace, 1 remove, 2 insert, with a byte. */
  record Change(double at, int kind, byte value) {}

  @Provide
  Arbitrary<java.util.List<Change>> changes() {
    return Combinators.combine(Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(0, 2), Arbitraries.of(box(NOISE))).as(Change::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  private static Byte[] box(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return boxed;
  }

  static byte[] mutate(byte[] bytes, java.util.List<Change> changes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] b = bytes;
    for (Change c : changes) {
      int at = (int) Math.min(b.length - 1, c.at() * b.length);
      out.reset();
      out.write(b, 0, at);
      switch (c.kind()) {
        case 0 -> {
          out.write(c.value());
          out.write(b, at + 1, b.length - at - 1);
        }
        case 1 -> out.write(b, at + 1, b.length - at - 1);
        default -> {
          out.write(c.value());
          out.write(b, at, b.length - at);
        }
      }
      b = out.toByteArray();
    }
    return b;
  }

  private static void readsOrReports(Runnable reading) {
    try {
      reading.run();
    } catch (PlanDocumentException e) {
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Problems.LIMIT + 1);
      assertThat(e.getMessage()).startsWith("x");
    }
  }

  @Property(tries = 400)
  void mutatedJsonIsReadOrReported(@ForAll("changes") java.util.List<Change> changes) {
    byte[] bytes = mutate(JSON, changes);
    readsOrReports(() -> new JsonPlanReader().stream("x", new ByteArrayInputStream(bytes),
        new CollectedPlan()));
  }

  @Property(tries = 400)
  void mutatedCsvIsReadOrReported(@ForAll("changes") java.util.List<Change> changes) {
    byte[] bytes = mutate(CSV, changes);
    readsOrReports(() -> new CsvPlanReader().stream("x", new ByteArrayInputStream(bytes),
        new CollectedPlan()));
  }
}
