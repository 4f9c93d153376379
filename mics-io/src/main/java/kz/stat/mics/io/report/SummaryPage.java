package kz.stat.mics.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.port.ReportWriter;
import kz.stat.mics.domain.port.SectionStatus;
import kz.stat.mics.io.report.ReportPage.Card;
import kz.stat.mics.io.report.ReportPage.FundingRow;
import kz.stat.mics.io.report.ReportPage.ListTable;

/**
 * What the summary report of a large plan shows, for {@code summary.jte}: the report's cards, a
 * table of sections in place of the chart, pages of the overdue, due-soon and starting-next lists
 * with how many rows each has in all, the workload and the financing. Every list is a page, so the
 * page's size does not grow with the plan.
 */
record SummaryPage(Labels labels, String title, LocalDate asOf, String period, String note,
    ImmutableList<Card> cards, CountedSections sections, ImmutableList<CountedList> lists,
    HeatMap workload, ImmutableList<FundingRow> funding) {

  SummaryPage {
    checkNotNull(labels, "labels");
    checkNotNull(title, "title");
    checkNotNull(asOf, "asOf");
    checkNotNull(period, "period");
    checkNotNull(note, "note");
    cards = ImmutableList.copyOf(cards);
    checkNotNull(sections, "sections");
    lists = ImmutableList.copyOf(lists);
    checkNotNull(workload, "workload");
    funding = ImmutableList.copyOf(funding);
  }

  /** A page of a list table, how many rows the whole list has, and a line saying how many more. */
  record CountedList(ListTable table, long total, String more) {}

  /** A page of the sections, how many there are, and a line saying how many more. */
  record CountedSections(ImmutableList<SectionRow> rows, long total, String more) {}

  /** A section's counts as of the day, and a bar behind its share done. */
  record SectionRow(String number, String title, int activities, int done, int inProgress,
      int planned, int cancelled, int overdue, int percentDone) {
    String shareStyle() {
      return "background:linear-gradient(90deg,#cfe8d5 " + percentDone + "%,transparent "
          + percentDone + "%)";
    }
  }

  static SummaryPage of(ReportWriter.Summary summary, Labels l) {
    StatusSummary s = summary.status();
    ImmutableList.Builder<SectionRow> sections = ImmutableList.builder();
    for (SectionStatus x : summary.sections().items()) {
      sections.add(new SectionRow(x.number(), x.title(), x.activities(), x.done(), x.inProgress(),
          x.planned(), x.cancelled(), x.overdue(), x.percentDone()));
    }
    int shown = Math.max(summary.sections().items().size(),
        Math.max(s.overdueList().size(), s.dueSoonList().size()));
    return new SummaryPage(l, summary.title(), summary.asOf(), summary.period().toString(),
        l.format("summary.note", s.activities(), shown), ReportPage.cards(s, l),
        new CountedSections(sections.build(), summary.sections().total(),
            more(l, summary.sections().more())),
        ImmutableList.of(
            counted(ReportPage.overdue(s.overdueList(), l), s.overdue(), l),
            counted(ReportPage.dueSoon(s.dueSoonList(), l), s.dueSoon(), l),
            counted(ReportPage.startsNext(s.startsNext(), l), s.startsNext().size(), l)),
        HeatMap.of(code -> code, summary.workload(), l), ReportPage.funding(summary.funding(), l));
  }

  private static CountedList counted(ListTable table, long total, Labels l) {
    return new CountedList(table, total, more(l, total - table.rows().size()));
  }

  private static String more(Labels l, long more) {
    return more > 0 ? l.format("summary.more", more) : "";
  }
}
