package kz.stat.mics.io.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanWriter;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.StatusAsOf;
import kz.stat.mics.io.report.HtmlReport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a plan as the ministry's Word table, in the layout {@link DocxPlanReader} reads: the
 * title, the plan table with the plan's own column headings and each section title spanning its
 * row, then the abbreviation note, on a landscape A4 page. Written as of a day, the table has a
 * status column as well, and each activity row is shaded by its status on that day (done green,
 * overdue red, in progress amber, cancelled grey, planned not shaded). Deadlines go as their text
 * only.
 */
public final class DocxPlanWriter implements PlanWriter {
  /** A4 landscape, in twentieths of a point. */
  static final int PAGE_WIDTH = 16838;
  static final int PAGE_HEIGHT = 11906;
  static final int MARGIN = 720;
  /** Column widths of the plan table (twips): №, activity, responsible, deadline, form, financing. */
  static final List<Integer> WIDTHS = List.of(700, 5300, 2500, 2000, 3198, 1700);
  /** The status column's width; the others narrow to make room for it. */
  static final int STATUS_WIDTH = 1500;

  @Override
  public void write(ActionPlan plan, OutputStream out) throws IOException {
    write(ExportedPlan.of(plan), out);
  }

  @Override
  public void write(ExportedPlan export, OutputStream out) throws IOException {
    ActionPlan plan = export.plan();
    Optional<StatusAsOf> status = export.asOf().map(d -> StatusAsOf.of(export));
    Map<String, String> labels = HtmlReport.labels(export.language());
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      doc.createParagraph().createRun().setText(Names.normalize(plan.title()));
      List<String> header = new ArrayList<>(PlanTable.headerRow(plan.language()));
      if (status.isPresent()) {
        header.add(labels.get("col.status") + " " + status.get().day());
      }
      XWPFTable table = doc.createTable(1, header.size());
      layout(table, widths(status.isPresent()));
      fill(table.getRow(0), header);
      for (XWPFTableCell c : table.getRow(0).getTableCells()) {
        c.getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true));
        c.setColor("D9E1F2");
      }
      table.getRow(0).setRepeatHeader(true);
      for (Section s : plan.sections()) {
        XWPFTableRow row = table.createRow();
        for (int i = header.size() - 1; i >= 2; i--) {
          row.removeCell(i);
        }
        fill(row, List.of(s.number(), Names.normalize(s.title())));
        row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan()
            .setVal(BigInteger.valueOf(header.size() - 1));
        for (XWPFTableCell c : row.getTableCells()) {
          c.getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true));
        }
        for (Activity a : s.activities()) {
          XWPFTableRow r = table.createRow();
          while (r.getTableCells().size() < header.size()) {
            r.addNewTableCell();
          }
          List<String> cells = new ArrayList<>(PlanTable.activityRow(a));
          if (status.isPresent()) {
            cells.add(status.get().label(a, labels));
            String rgb = status.get().shade(a).rgb();
            if (rgb != null) {
              r.getTableCells().forEach(c -> c.setColor(rgb));
            }
          }
          fill(r, cells);
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

  /** The column widths: the plan's six, or the six narrowed and the status column. */
  static List<Integer> widths(boolean withStatus) {
    if (!withStatus) {
      return WIDTHS;
    }
    List<Integer> w = new ArrayList<>(WIDTHS);
    w.set(1, w.get(1) - STATUS_WIDTH);
    w.add(STATUS_WIDTH);
    return w;
  }

  /** A4 landscape with narrow margins: the plan table is wide. */
  private static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    BigInteger m = BigInteger.valueOf(MARGIN);
    margins.setTop(m);
    margins.setBottom(m);
    margins.setLeft(m);
    margins.setRight(m);
  }

  /** Fixed column widths, so that every reader lays the table out alike. */
  private static void layout(XWPFTable table, List<Integer> widths) {
    CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
        : table.getCTTbl().getTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
    (pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW()).setType(STTblWidth.DXA);
    pr.getTblW().setW(BigInteger.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
        : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    XWPFTableRow first = table.getRow(0);
    for (int i = 0; i < widths.size() && i < first.getTableCells().size(); i++) {
      first.getCell(i).setWidth(Integer.toString(widths.get(i)));
    }
  }

  private static void fill(XWPFTableRow row, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
      XWPFRun run = p.createRun();
      run.setText(texts.get(i));
    }
  }
}
