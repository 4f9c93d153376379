package kz.stat.mics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown table of a JMH run's results ({@code -rf json}), as docs/performance.md shows them:
 * benchmark, parameters, score with its 99.9% error, the fastest and slowest iteration, the unit,
 * and the bytes allocated per operation when the run had {@code -prof gc}. {@code bench/jmh} runs
 * the benchmarks and puts this table in the document ({@code java -cp benchmarks.jar
 * kz.stat.mics.bench.JmhTable results.json}).
 */
public final class JmhTable {
  private JmhTable() {}

  public static void main(String[] args) throws IOException {
    System.out.print(table(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
  }

  /** The table of the results in {@code run}, one row per benchmark and parameters. */
  static String table(JsonNode run) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | parameters | mode | score ± error (99.9%) | min – max of iterations"
        + " | unit | alloc B/op |\n");
    out.append("| --- | --- | --- | ---: | ---: | --- | ---: |\n");
    for (JsonNode r : run) {
      String name = r.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      List<String> params = new ArrayList<>();
      JsonNode p = r.get("params");
      if (p != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          params.add(e.getKey() + "=" + e.getValue().asText());
        }
      }
      JsonNode m = r.get("primaryMetric");
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (JsonNode fork : m.path("rawData")) {
        for (JsonNode v : fork) {
          min = Math.min(min, v.asDouble());
          max = Math.max(max, v.asDouble());
        }
      }
      String range = min <= max && !"sample".equals(r.get("mode").asText())
          && !"ss".equals(r.get("mode").asText()) ? number(min) + " – " + number(max) : "";
      JsonNode secondary = r.path("secondaryMetrics");
      // JMH 1.37 names it "gc.alloc.rate.norm"; earlier versions put a middle dot in front
      JsonNode alloc = secondary.has("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
          : secondary.path("\u00b7gc.alloc.rate.norm");
      out.append("| ").append(name).append(" | ").append(String.join(", ", params))
          .append(" | ").append(r.get("mode").asText())
          .append(" | ").append(number(m.get("score").asDouble()))
          .append(m.get("scoreError").isNumber() && !Double.isNaN(m.get("scoreError").asDouble())
              ? " ± " + number(m.get("scoreError").asDouble()) : "")
          .append(" | ").append(range)
          .append(" | ").append(m.get("scoreUnit").asText())
          .append(" | ").append(alloc.isMissingNode() ? "" : String.format(Locale.ROOT, "%,d",
              Math.round(alloc.get("score").asDouble())))
          .append(" |\n");
    }
    return out.toString();
  }

  /** Three significant digits, with thousands grouped. */
  static String number(double v) {
    double a = Math.abs(v);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
