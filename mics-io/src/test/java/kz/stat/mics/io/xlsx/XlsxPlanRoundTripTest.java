package kz.stat.mics.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.io.SeedProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed written as a workbook reads back as the same plan, with or without its progress
 * ({@link SeedProgress}).
 */
class XlsxPlanRoundTripTest {
  static ExportedPlan asOf(Language language) {
    return SeedProgress.asOf(language);
  }

  static byte[] write(ExportedPlan export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XlsxPlanWriter().write(export, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ActionPlan read(byte[] bytes) {
    return new XlsxPlanReader().read("plan.xlsx", new ByteArrayInputStream(bytes));
  }

  @Test
  void theSeedReadsBackEqual() {
    assertThat(read(write(ExportedPlan.of(SeedPlan.plan())))).isEqualTo(SeedPlan.plan());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSeedWithItsStatusInAnyLanguageReadsBackEqual(Language language) {
    assertThat(read(write(asOf(language)))).isEqualTo(SeedPlan.plan());
  }
}
