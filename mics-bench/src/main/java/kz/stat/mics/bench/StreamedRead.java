package kz.stat.mics.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.PlanParts;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.csv.CsvPlanReader;
import kz.stat.mics.io.json.JsonPlanReader;

/**
 * The streaming readers measured beside {@link PlainJacksonRead}: reads a JSON or CSV plan part by
 * part, every value checked and every deadline built, and keeps nothing but counts ({@code java
 * -cp benchmarks.jar kz.stat.mics.bench.StreamedRead FILE}); prints the counts.
 */
public final class StreamedRead {
  private StreamedRead() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long[] counts = new long[4];
    PlanParts parts = new PlanParts() {
      @Override
      public void header(String title, Language language, YearRange period) {}

      @Override
      public void executor(Executor executor) {
        counts[0]++;
      }

      @Override
      public void section(String number, String title) {
        counts[1]++;
      }

      @Override
      public void activity(Activity activity) {
        counts[2]++;
      }

      @Override
      public void precedence(Precedence precedence) {
        counts[3]++;
      }
    };
    try (InputStream in = Files.newInputStream(file)) {
      if (file.toString().endsWith(".csv")) {
        new CsvPlanReader().stream(file.toString(), in, parts);
      } else {
        new JsonPlanReader().stream(file.toString(), in, parts);
      }
    }
    System.out.println(counts[0] + " executors, " + counts[1] + " sections, " + counts[2]
        + " activities, " + counts[3] + " precedences");
  }
}
