package kz.stat.mics.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.io.DocumentFormat;
import kz.stat.mics.io.Documents;
import kz.stat.mics.io.internal.Problems;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever bytes they are given, the schedule reader and the recognisers return a plan or throw a
 * PlanDocumentException naming the file: never another exception.
 */
class ScheduleReaderRefusesBadInputProperties {
  private static final byte[] MSPDI = mspdi();
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static byte[] mspdi() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new MspdiPlanWriter().write(SeedPlan.plan(), out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readsOrReports(String name, byte[] bytes) {
    DocumentFormat.guess(name, Arrays.copyOf(bytes, Math.min(bytes.length, 4096)));
    try {
      new SchedulePlanReader().readDocument(name, new ByteArrayInputStream(bytes));
    } catch (PlanDocumentException e) {
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Problems.LIMIT + 1);
      assertThat(e.getMessage()).startsWith(name);
    }
    try {
      new Documents().read(DocumentSource.of(name, () -> new ByteArrayInputStream(bytes)));
    } catch (PlanDocumentException e) {
      assertThat(e.getMessage()).startsWith(name);
    }
  }

  @Property(tries = 60)
  void aTruncatedScheduleIsReadOrReported(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
    readsOrReports("plan.xml", Arrays.copyOf(MSPDI, Math.min(cut, MSPDI.length)));
  }

  @Property(tries = 60)
  void aScheduleWithOneByteChangedIsReadOrReported(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte value) {
    byte[] bytes = MSPDI.clone();
    bytes[at % bytes.length] = value;
    readsOrReports("plan.xml", bytes);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> heads = Arbitraries.of(List.of(
        "MPX,".getBytes(StandardCharsets.US_ASCII),
        "ERMHDR\t".getBytes(StandardCharsets.US_ASCII),
        "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\">"
            .getBytes(StandardCharsets.US_ASCII),
        "<?xml version=\"1.0\"?><project name=\"x\" mrproject-version=\"2\">"
            .getBytes(StandardCharsets.US_ASCII),
        "<APIBusinessObjects>".getBytes(StandardCharsets.US_ASCII),
        OLE2, new byte[0]));
    Arbitrary<byte[]> tails = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    return net.jqwik.api.Combinators.combine(heads, tails).as((h, t) -> {
      byte[] all = Arrays.copyOf(h, h.length + t.length);
      System.arraycopy(t, 0, all, h.length, t.length);
      return all;
    });
  }

  @Property(tries = 150)
  void garbageAfterAScheduleSignatureIsReported(@ForAll("garbage") byte[] bytes) {
    readsOrReports("upload.mpp", bytes);
  }
}
