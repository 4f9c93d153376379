package kz.stat.mics.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.io.LibreOffice;
import kz.stat.mics.io.SeedProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word table as of a day, converted to PDF by LibreOffice and its first page rendered by
 * pdftoppm: down the status column, the rows show their shades in table order: the header, then
 * 1.1 done (green), 2.1 in progress (amber), 3.1 overdue (red), 3.3 cancelled (grey).
 */
class DocxLibreOfficePdfIT {
  private static final int DPI = 50;

  @TempDir
  Path dir;

  @Test
  void thePrintedPageShowsTheStatusShadingInTheStatusColumn() throws Exception {
    Path docx = dir.resolve("plan.docx");
    Files.write(docx, DocxPlanWriterTest.write(SeedProgress.asOf(Language.KK)));
    Path pdf = LibreOffice.in(dir).convert(docx, "pdf", dir.resolve("pdf"), "kk-KZ");
    Path pdftoppm = LibreOffice.program("pdftoppm (poppler-utils)", "/usr/bin/pdftoppm");
    Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", Integer.toString(DPI),
        "-f", "1", "-l", "1", pdf.toString(), dir.resolve("page").toString())
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    Path png;
    try (var pages = Files.list(dir).filter(f -> f.getFileName().toString().startsWith("page"))) {
      png = pages.findFirst().orElseThrow();
    }
    BufferedImage page = ImageIO.read(png.toFile());
    assertThat(page.getWidth()).isGreaterThan(page.getHeight()); // landscape

    // the middle of the status column, from the page's own geometry
    List<Integer> widths = DocxPlanWriter.widths(true);
    int tableWidth = widths.stream().mapToInt(Integer::intValue).sum();
    double middle = DocxPlanWriter.MARGIN + tableWidth - widths.get(widths.size() - 1) / 2.0;
    int x = (int) Math.round(middle / DocxPlanWriter.PAGE_WIDTH * page.getWidth());

    List<String> shades = new ArrayList<>();
    for (int y = 0; y < page.getHeight(); y++) {
      String shade = shade(page.getRGB(x, y));
      if (shade != null && (shades.isEmpty() || !shades.get(shades.size() - 1).equals(shade))) {
        shades.add(shade);
      }
    }
    assertThat(shades).startsWith("header", "done", "in progress", "overdue", "cancelled");
  }

  /** The shade a pixel shows, within a little of the colour written; null for anything else. */
  private static String shade(int rgb) {
    String[][] shades = {{"D9E1F2", "header"}, {"C6EFCE", "done"}, {"FFEB9C", "in progress"},
        {"FFC7CE", "overdue"}, {"D9D9D9", "cancelled"}};
    for (String[] s : shades) {
      int want = Integer.parseInt(s[0], 16);
      if (near(rgb >> 16 & 0xFF, want >> 16 & 0xFF) && near(rgb >> 8 & 0xFF, want >> 8 & 0xFF)
          && near(rgb & 0xFF, want & 0xFF)) {
        return s[1];
      }
    }
    return null;
  }

  private static boolean near(int a, int b) {
    return Math.abs(a - b) <= 6;
  }
}
