package kz.stat.mics.io.docx;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.PlanTable;
import kz.stat.mics.io.Problems;
import kz.stat.mics.io.TableCell;
import kz.stat.mics.io.TableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a plan from a Word document: the paragraphs before the first table are the title, the table
 * holds the plan in the same layout as the text export, and the paragraphs or second table after it
 * hold the abbreviation note. Merged cells count once; a cell's paragraphs are joined by a space.
 */
public final class DocxPlanReader implements PlanReader {
  private final DocumentLimits limits;

  public DocxPlanReader() {
    this(DocumentLimits.defaults());
  }

  public DocxPlanReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  @Override
  public ActionPlan read(String source, InputStream in) {
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    Problems problems = new Problems(source);
    List<String> title = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    List<TableRow> note = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      boolean tableSeen = false;
      int paragraph = 0;
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraph++;
          String text = p.getText();
          if (text.isBlank()) {
            continue;
          }
          if (!tableSeen) {
            title.add(text);
          } else {
            List<TableCell> cells = new ArrayList<>();
            int column = 1;
            for (String part : text.split("\t")) {
              cells.add(new TableCell(part, 0, column++));
            }
            note.add(TableRow.of(cells, 0, "paragraph " + paragraph));
          }
        } else if (element instanceof XWPFTable t) {
          (tableSeen ? note : rows).addAll(rows(t, tableSeen ? "note table row " : "table row "));
          tableSeen = true;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw problems.fail(0, 0, "is not a Word document or is damaged (" + reason(e) + ")");
    }
    return PlanTable.read(problems, title, rows, note);
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int cut = m.indexOf('\n');
    return cut < 0 ? m : m.substring(0, cut);
  }

  private static List<TableRow> rows(XWPFTable table, String place) {
    List<TableRow> rows = new ArrayList<>();
    int number = 0;
    for (XWPFTableRow row : table.getRows()) {
      number++;
      List<TableCell> cells = new ArrayList<>();
      int column = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        column++;
        if (continuesHorizontalMerge(cell)) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
          paragraphs.add(p.getText());
        }
        cells.add(new TableCell(String.join(" ", paragraphs), 0, column));
      }
      rows.add(TableRow.of(cells, 0, place + number));
    }
    return rows;
  }

  /** A cell that a legacy horizontal merge folds into the cell to its left. */
  private static boolean continuesHorizontalMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    // without a value, hMerge means "continue"
    return pr != null && pr.isSetHMerge() && (!pr.getHMerge().isSetVal()
        || pr.getHMerge().getVal() == STMerge.CONTINUE);
  }
}
