package kz.stat.mics.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OfficeZipTest {
  /** The class names a library wraps its words in are left out, and nothing else is. */
  @Test
  void aReasonLosesTheJavaClassNamesAndKeepsTheWords() {
    assertThat(OfficeZip.reason(new IOException("org.apache.poi.ooxml.POIXMLException: "
        + "org.apache.xmlbeans.XmlException: error: Unexpected end of file after null\nat ...")))
        .isEqualTo("error: Unexpected end of file after null");
    assertThat(OfficeZip.reason(new IOException("plan.Xlsx: no sheet named Plan.Sheet: 2")))
        .isEqualTo("plan.Xlsx: no sheet named Plan.Sheet: 2");
    assertThat(OfficeZip.reason(new IOException("/home/ab/my.docs.Plan: is not a zip")))
        .isEqualTo("/home/ab/my.docs.Plan: is not a zip");
    assertThat(OfficeZip.reason(new IOException("see v1.2.Final: java.util.zip.ZipException:")))
        .isEqualTo("see v1.2.Final:");
    assertThat(OfficeZip.reason(new IOException("java.io.EOFException:")))
        .isEqualTo("IOException");
  }
}
