package kz.stat.mics.io.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.io.internal.PlanTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a plan as a Word document in the layout {@link DocxPlanReader} reads: title, the plan table
 * with each section title spanning the row, the abbreviation note. Deadlines go as their text only.
 */
public final class DocxPlanWriter implements PlanWriter {
  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(Names.normalize(plan.title()));
      List<String> header = PlanTable.headerRow(plan.language());
      XWPFTable table = doc.createTable(1, header.size());
      fill(table.getRow(0), header);
      for (Section s : plan.sections()) {
        XWPFTableRow row = table.createRow();
        for (int i = header.size() - 1; i >= 2; i--) {
          row.removeCell(i);
        }
        fill(row, List.of(s.number(), Names.normalize(s.title())));
        row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan()
            .setVal(BigInteger.valueOf(header.size() - 1));
        for (Activity a : s.activities()) {
          XWPFTableRow r = table.createRow();
          while (r.getTableCells().size() < header.size()) {
            r.addNewTableCell();
          }
          fill(r, PlanTable.activityRow(a));
        }
      }
      if (plan.executors().size() > 0) {
        doc.createParagraph();
        doc.createParagraph().createRun().setText(PlanTable.noteHeading(plan.language()));
        for (Executor e : plan.executors().entries()) {
          doc.createParagraph().createRun().setText(e.code() + "\t- " + e.name());
        }
      }
      doc.write(out);
    }
  }

  private static void fill(XWPFTableRow row, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      row.getCell(i).getParagraphs().get(0).createRun().setText(texts.get(i));
    }
  }
}
