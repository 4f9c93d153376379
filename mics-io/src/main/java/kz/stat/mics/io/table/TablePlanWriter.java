package kz.stat.mics.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.io.internal.PlanTable;

/**
 * Writes a plan in the layout of the Word table's text export, for people and for the table reader.
 * Cell text is written on one line with its whitespace collapsed, and deadlines as their text only:
 * JSON or CSV keep a plan without loss.
 */
public final class TablePlanWriter implements PlanWriter {
  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(Names.normalize(plan.title()) + "\n\n");
    row(w, PlanTable.headerRow(plan.language()));
    for (Section s : plan.sections()) {
      row(w, List.of(s.number(), Names.normalize(s.title())));
      for (Activity a : s.activities()) {
        row(w, PlanTable.activityRow(a));
      }
    }
    if (plan.executors().size() > 0) {
      w.write("\n" + PlanTable.noteHeading(plan.language()) + "\n\n");
      for (Executor e : plan.executors().entries()) {
        row(w, List.of(e.code(), "- " + e.name()));
      }
    }
    w.flush();
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (String c : cells) {
      w.write("\t" + Names.normalize(c) + "\n");
    }
    w.write("\n");
  }
}
