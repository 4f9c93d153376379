package kz.stat.mics.io.docx;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.DocumentPart;
import kz.stat.mics.io.internal.OfficeZip;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.internal.TableCell;
import kz.stat.mics.io.internal.TableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a plan from a Word document: the paragraphs before the plan table are the title, the table
 * holds the plan in the same layout as the text export, and the paragraphs or table after it hold
 * the abbreviation note; anything else (a stamp, a signature, a footnote marker, another table) is
 * skipped and reported with the plan. Merged cells count once; a cell's paragraphs are joined by a
 * space.
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
    return readDocument(source, in).plan();
  }

  @Override
  public PlanDocument.Plan readDocument(String source, InputStream in) {
    byte[] bytes = DocumentBytes.readAll(source, in, limits);
    Problems problems = new Problems(source);
    List<DocumentPart> parts = new ArrayList<>();
    OfficeZip.refuseBomb(problems, bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int paragraph = 0;
      int tables = 0;
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraph++;
          List<TableCell> cells = new ArrayList<>();
          String text = p.getText();
          if (!text.isBlank()) {
            int column = 1;
            for (String part : text.split("\t")) {
              cells.add(new TableCell(part, 0, column++));
            }
          }
          parts.add(new DocumentPart.Text(TableRow.of(cells, 0, "paragraph " + paragraph)));
        } else if (element instanceof XWPFTable t) {
          tables++;
          parts.add(DocumentPart.Table.of("table " + tables,
              rows(t, tables == 1 ? "table row " : "table " + tables + " row ")));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw problems.fail(0, 0, "is not a Word document or is damaged (" + OfficeZip.reason(e) + ")");
    }
    ActionPlan plan = PlanTable.read(problems, parts, "has no plan table: the document holds no "
        + "table, and the plan is read from a table whose first row names its columns (such as "
        + "№, Іс-шара, Жауапты орындаушы, Орындау мерзімі, or Мероприятие / Activity ...)", limits);
    return PlanDocument.Plan.of(plan, problems.skipped());
  }

  /** Word's XML may expand to at most this much: a plan table is far smaller. */
  static final long MAX_EXPANDED_BYTES = OfficeZip.MAX_EXPANDED_BYTES;


  private static List<TableRow> rows(XWPFTable table, String place) {
    List<TableRow> rows = new ArrayList<>();
    // the text of each grid column in the row above, for cells merged down into it
    java.util.Map<Integer, String> above = new java.util.HashMap<>();
    int number = 0;
    for (XWPFTableRow row : table.getRows()) {
      number++;
      List<TableCell> cells = new ArrayList<>();
      java.util.Map<Integer, String> here = new java.util.HashMap<>();
      int column = 0;
      int grid = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        column++;
        int at = grid;
        grid += span(cell);
        if (continuesHorizontalMerge(cell)) {
          continue;
        }
        String text;
        if (continuesVerticalMerge(cell)) {
          text = above.getOrDefault(at, "");
        } else {
          List<String> paragraphs = new ArrayList<>();
          for (XWPFParagraph p : cell.getParagraphs()) {
            paragraphs.add(p.getText());
          }
          text = String.join(" ", paragraphs);
        }
        here.put(at, text);
        cells.add(new TableCell(text, 0, column));
      }
      above = here;
      rows.add(TableRow.of(cells, 0, place + number));
    }
    return rows;
  }

  /** How many grid columns a cell spans. */
  private static int span(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
      return Math.max(1, pr.getGridSpan().getVal().intValue());
    }
    return 1;
  }

  /** A cell that a vertical merge folds into the cell above it, whose text it shares. */
  private static boolean continuesVerticalMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    // without a value, vMerge means "continue"
    return pr != null && pr.isSetVMerge() && (!pr.getVMerge().isSetVal()
        || pr.getVMerge().getVal() == STMerge.CONTINUE);
  }

  /** A cell that a legacy horizontal merge folds into the cell to its left. */
  private static boolean continuesHorizontalMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    // without a value, hMerge means "continue"
    return pr != null && pr.isSetHMerge() && (!pr.getHMerge().isSetVal()
        || pr.getHMerge().getVal() == STMerge.CONTINUE);
  }
}
