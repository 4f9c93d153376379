package kz.stat.mics.io.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.io.SeedDocuments;
import kz.stat.mics.io.table.TablePlanReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds the seed plan as a Word document with POI, the way Word lays such a plan out: merged
 * section rows (by grid span, by the legacy horizontal merge, and one whole-row cell) and cells of
 * several paragraphs.
 */
final class SeedDocx {
  private SeedDocx() {}

  static ActionPlan seedFromText() {
    return new TablePlanReader().read("seed.txt", new ByteArrayInputStream(
        SeedDocuments.seedText()));
  }

  /** The seed as .docx bytes; the note as paragraphs, or as a second table. */
  static byte[] build(boolean noteAsTable) {
    ActionPlan plan = seedFromText();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(
          " 2023-2025 жж.арналған Мультииндикаторлық кластерлік зерттеу (MICS) бойынша");
      doc.createParagraph().createRun().setText("Іс-шаралар жоспары ");
      XWPFTable table = doc.createTable(1, 6);
      fill(table.getRow(0), "№ ", "Іс-шара", "Жауапты орындаушы*", "Орындау мерзімі",
          "Аяқталу нысаны", "Қаржыландыру");
      for (Section s : plan.sections()) {
        XWPFTableRow row = table.createRow();
        switch (s.number()) {
          case "2" -> {
            // legacy horizontal merge: the title cell starts it, four cells continue it
            fill(row, s.number(), s.title(), "", "", "", "");
            row.getCell(1).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.RESTART);
            for (int i = 2; i < 6; i++) {
              row.getCell(i).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.CONTINUE);
            }
          }
          case "15" -> {
            // one cell spanning the whole row
            for (int i = 5; i >= 1; i--) {
              row.removeCell(i);
            }
            fill(row, s.number() + " " + s.title());
            row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
          }
          default -> {
            for (int i = 5; i >= 2; i--) {
              row.removeCell(i);
            }
            fill(row, s.number(), s.title());
            row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
          }
        }
        for (Activity a : s.activities()) {
          XWPFTableRow r = table.createRow();
          while (r.getTableCells().size() < 6) {
            r.addNewTableCell();
          }
          fill(r, a.code(), a.title(), String.join(", ", a.responsible()), a.deadline().text(),
              a.completionForm(), a.financing().text());
          if (a.code().equals("8.1")) {
            paragraphs(r.getCell(3), "Маусым 2023", "(10 күн)");
          }
          if (a.code().equals("7.1")) {
            // the same financing merged down over 7.1-7.3, as ministry tables often do
            r.getCell(5).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
          }
          if (a.code().equals("7.2") || a.code().equals("7.3")) {
            paragraphs(r.getCell(5), "");
            r.getCell(5).getCTTc().addNewTcPr().addNewVMerge();
          }
          if (a.code().equals("13.3")) {
            paragraphs(r.getCell(2), "АҚжМҚҚБ, ХСД,  ", "ҚР СЖРА ҰСБ аумақтық бөлімшелер");
          }
        }
      }
      doc.createParagraph();
      doc.createParagraph().createRun().setText("Ескертпе*:  аббревиатуралардың толық жазылуы: ");
      List<Executor> entries = plan.executors().entries();
      if (noteAsTable) {
        XWPFTable note = doc.createTable(entries.size(), 2);
        for (int i = 0; i < entries.size(); i++) {
          fill(note.getRow(i), entries.get(i).code(), "- " + entries.get(i).name());
        }
      } else {
        for (Executor e : entries) {
          doc.createParagraph().createRun().setText(e.code() + "\t· " + e.name());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(XWPFTableRow row, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      XWPFTableCell cell = row.getCell(i);
      cell.getParagraphs().get(0).createRun().setText(texts[i]);
    }
  }

  private static void paragraphs(XWPFTableCell cell, String... texts) {
    while (cell.getParagraphs().size() > 0) {
      cell.removeParagraph(0);
    }
    for (String t : texts) {
      cell.addParagraph().createRun().setText(t);
    }
  }
}
