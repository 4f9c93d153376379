package kz.stat.mics.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvPlanRoundTripTest {
  private final CsvPlanReader reader = new CsvPlanReader();

  static byte[] write(ActionPlan plan, CsvPlanWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({"',', true", "',', false", "';', true", "';', false"})
  void readsBackTheSeedPlanWithEitherSeparatorAndWithOrWithoutTheByteOrderMark(char separator,
      boolean bom) {
    ActionPlan plan = SeedPlan.plan().withPrecedences(List.of(Precedence.of("11.2", "11.3")));
    byte[] csv = write(plan, new CsvPlanWriter(separator, bom));
    assertThat(csv[0] == (byte) 0xEF).isEqualTo(bom);
    assertThat(reader.read("seed.csv", new ByteArrayInputStream(csv))).isEqualTo(plan);
  }

  @Test
  void writesAByteOrderMarkByDefault() {
    byte[] csv = write(SeedPlan.plan(), new CsvPlanWriter());
    assertThat(Arrays.copyOf(csv, 10)).containsExactly(0xEF, 0xBB, 0xBF, '#', 'f', 'o',
        'r', 'm', 'a', 't');
  }

  @Test
  void writesMetadataRowsThenOneRowPerActivity() {
    String csv = new String(write(SeedPlan.plan(), new CsvPlanWriter(',', false)),
        StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("#format,mics-plan,1");
    assertThat(lines[1]).isEqualTo("#title,2023-2025 жж.арналған Мультииндикаторлық кластерлік "
        + "зерттеу (MICS) бойынша Іс-шаралар жоспары");
    assertThat(lines[2]).isEqualTo("#language,kk");
    assertThat(lines[3]).isEqualTo("#period,2023,2025");
    assertThat(lines[4]).isEqualTo("#executor,ҚР СЖРА ҰСБ,Қазақстан Республикасы Стратегиялық "
        + "жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы");
    assertThat(lines[15]).isEqualTo("#section,1,Әдіснамалық қамтамасыз ету,1");
    assertThat(lines[30]).isEqualTo("section,code,title,responsible,deadline,windows,"
        + "duration_days,tentative,recurrence,completion_form,financing,financing_text");
    assertThat(lines[31]).isEqualTo("1,'1.1,2024 жылға арналған СЖЖ-ға халықаралық статистикалық "
        + "зерттеуді (MICS) енгізу,\"ХСД\nӘДДБСД\",'Ақпан 2023,2023-02-01..2023-02-28,,false,,"
        + "ӘДДБСД-ға хат,NOT_REQUIRED,Талап етілмейді");
    assertThat(csv).contains("'10.1,Ақпараттық-түсіндіру науқаны");
    assertThat(csv).contains("\"Наурыз-сәуір 2024, қыркүйек-қараша 2024\","
        + "2024-03-01..2024-04-30;2024-09-01..2024-11-30,");
  }

  @Test
  void guardsCellsThatASpreadsheetWouldRunAsFormulas() {
    ActionPlan plan = ActionPlan.of("=HYPERLINK(\"x\")", Language.EN, YearRange.of(2024, 2024),
        List.of(Section.of("1", "+1", List.of(Activity.of("1.1", "-2", List.of("@SUM(A1)"),
            Deadline.unresolved("'quoted"), "\tTab", Financing.of("\rCR"))))),
        ExecutorDirectory.empty());
    String csv = new String(write(plan, new CsvPlanWriter(',', false)), StandardCharsets.UTF_8);
    assertThat(csv).contains("#title,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    assertThat(csv).contains("#section,1,'+1,1\r\n");
    assertThat(csv).contains("1,'1.1,'-2,'@SUM(A1),''quoted,,,false,,'\tTab,OTHER,CR\r\n");
    assertThat(reader.read("p.csv", new ByteArrayInputStream(csv.getBytes(
        StandardCharsets.UTF_8)))).isEqualTo(plan);
  }

  @Property(tries = 200)
  void readsBackAnyPlanItWrote(@ForAll("plans") ActionPlan plan, @ForAll boolean semicolon,
      @ForAll boolean bom) {
    byte[] csv = write(plan, new CsvPlanWriter(semicolon ? ';' : ',', bom));
    assertThat(reader.read("p.csv", new ByteArrayInputStream(csv))).isEqualTo(plan);
  }

  @Provide
  Arbitrary<ActionPlan> plans() {
    return PlanArbitraries.plans();
  }
}
