package kz.stat.mics.io.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.ExportedPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.progress.PlanProgress;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;

class IcsPlanWriterTest {
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");

  private static byte[] write(IcsPlanWriter writer, ExportedPlan export) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(export, out);
    return out.toByteArray();
  }

  private static Calendar parse(byte[] bytes) throws IOException, ParserException {
    return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
  }

  private static ExportedPlan seed(PlanProgress progress, Optional<LocalDate> asOf) {
    return new ExportedPlan(Optional.of(KEY), 3, SeedPlan.plan(), progress, asOf, Language.KK);
  }

  private static String value(Component c, String property) {
    return c.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void theSeedPlanIsOneToDoPerActivityAndOneAllDayEventPerWindow() throws Exception {
    byte[] bytes = write(new IcsPlanWriter(), seed(PlanProgress.none(), Optional.empty()));
    Calendar calendar = parse(bytes);
    List<VToDo> todos = calendar.getComponents(Component.VTODO);
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(todos).hasSize(47);
    // 45 activities of one window, 10.1 and 10.3 of two
    assertThat(events).hasSize(49);
    VToDo first = todos.get(0);
    assertThat(value(first, Property.UID)).isEqualTo("mics-2023-2025.kk/1.1");
    assertThat(value(first, Property.SUMMARY)).isEqualTo(
        "1.1 2024 жылға арналған СЖЖ-ға халықаралық статистикалық зерттеуді (MICS) енгізу");
    assertThat(value(first, Property.DUE)).isEqualTo("20230228");
    assertThat(value(first, Property.STATUS)).isEqualTo("NEEDS-ACTION");
    assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(first, Property.CATEGORIES)).isEqualTo("ХСД,ӘДДБСД");
    assertThat(value(first, Property.DESCRIPTION)).isEqualTo("Орындау мерзімі: Ақпан 2023\n"
        + "Жауапты орындаушы: ХСД (жетекші), ӘДДБСД\n"
        + "Аяқталу нысаны: ӘДДБСД-ға хат\n"
        + "Қаржыландыру: Талап етілмейді");
    VEvent tenOneSecond = events.stream()
        .filter(e -> value(e, Property.UID).equals("mics-2023-2025.kk/10.1/2")).findFirst()
        .orElseThrow();
    assertThat(value(tenOneSecond, Property.DTSTART)).isEqualTo("20240901");
    assertThat(value(tenOneSecond, Property.DTEND)).isEqualTo("20241201");
    assertThat(tenOneSecond.getProperty(Property.DTSTART).orElseThrow()
        .getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
  }

  @Test
  void linesAreFoldedAtSeventyFiveOctetsAndKazakhTextSurvives() throws Exception {
    byte[] bytes = write(new IcsPlanWriter(), seed(PlanProgress.none(), Optional.empty()));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n ");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    // folding never cuts a character: the bytes decode back to the same text
    assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(text).doesNotContain("\uFFFD");
    VToDo last = parse(bytes).<VToDo>getComponents(Component.VTODO).get(46);
    assertThat(value(last, Property.SUMMARY)).startsWith("15.").contains("ұ");
  }

  @Test
  void statusIsTheProgressAsOfTheDay() throws Exception {
    PlanProgress progress = PlanProgress.of(List.of(
        event(1, "1.1", Status.IN_PROGRESS, LocalDate.of(2023, 2, 1)),
        event(2, "1.1", Status.DONE, LocalDate.of(2023, 2, 20)),
        event(3, "2.1", Status.IN_PROGRESS, LocalDate.of(2023, 3, 1)),
        event(4, "2.2", Status.CANCELLED, LocalDate.of(2023, 3, 1))));
    Calendar early = parse(write(new IcsPlanWriter(),
        seed(progress, Optional.of(LocalDate.of(2023, 2, 10)))));
    Calendar late = parse(write(new IcsPlanWriter(), seed(progress, Optional.empty())));
    List<VToDo> a = early.getComponents(Component.VTODO);
    List<VToDo> b = late.getComponents(Component.VTODO);
    assertThat(List.of(value(a.get(0), Property.STATUS), value(a.get(1), Property.STATUS),
        value(a.get(2), Property.STATUS))).containsExactly("IN-PROCESS", "NEEDS-ACTION",
        "NEEDS-ACTION");
    assertThat(List.of(value(b.get(0), Property.STATUS), value(b.get(1), Property.STATUS),
        value(b.get(2), Property.STATUS))).containsExactly("COMPLETED", "IN-PROCESS",
        "CANCELLED");
    assertThat(value(b.get(0), Property.PERCENT_COMPLETE)).isEqualTo("100");
  }

  @Test
  void sequenceIsTheActivitysChangeCount() throws Exception {
    ExportedPlan export = seed(PlanProgress.none(), Optional.empty())
        .withChanges(Map.of("2.1", 2, "9.3", 1));
    List<VToDo> todos = parse(write(new IcsPlanWriter(), export)).getComponents(Component.VTODO);
    assertThat(todos).filteredOn(t -> !value(t, Property.SEQUENCE).equals("0"))
        .extracting(t -> value(t, Property.UID) + "=" + value(t, Property.SEQUENCE))
        .containsExactly("mics-2023-2025.kk/2.1=2", "mics-2023-2025.kk/9.3=1");
  }

  @Test
  void oneExecutorsCalendarHoldsOnlyItsActivities() throws Exception {
    Calendar calendar = parse(write(new IcsPlanWriter(Optional.of("ЗД")),
        seed(PlanProgress.none(), Optional.empty())));
    assertThat(calendar.<VToDo>getComponents(Component.VTODO))
        .extracting(t -> value(t, Property.UID)).containsExactly("mics-2023-2025.kk/9.3");
    assertThat(calendar.<VEvent>getComponents(Component.VEVENT))
        .extracting(e -> value(e, Property.DTSTART) + ".." + value(e, Property.DTEND))
        .containsExactly("20230701..20231001");
  }

  @Test
  void anExecutorOfNoActivityIsRefusedInOneLine() {
    assertThatThrownBy(() -> write(new IcsPlanWriter(Optional.of("ЖОҚ")),
        seed(PlanProgress.none(), Optional.empty())))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageStartingWith("--executor ЖОҚ: no activity of the plan has this executor; "
            + "its executors: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aPlanReadFromADocumentHasUidsFromItsTitle() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IcsPlanWriter().write(SeedPlan.plan(), out);
    VToDo first = parse(out.toByteArray()).<VToDo>getComponents(Component.VTODO).get(0);
    assertThat(value(first, Property.UID)).matches("plan-[0-9a-f]{16}/1\\.1");
  }

  @Test
  void refoldingCountsOctetsNotCharacters() {
    String line = "SUMMARY:" + "ә".repeat(100);
    String folded = IcsPlanWriter.refold(line + "\r\n");
    assertThat(folded.split("\r\n")).allSatisfy(l ->
        assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
  }

  private static ProgressEvent event(long sequence, String code, Status status, LocalDate on) {
    return ProgressEvent.of(sequence, new ProgressChange(code, status, on, "", ""), Instant.parse("2024-01-01T00:00:00Z"));
  }
}
