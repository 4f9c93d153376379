package kz.stat.mics.io.ics;

import java.io.InputStream;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanReader;

/**
 * The reader of iCalendar files, which refuses them: a calendar keeps too little of a plan (no
 * completion form, no financing, no sections) to be read back as one.
 */
public final class CalendarRefusal implements PlanReader {
  @Override
  public ActionPlan read(String source, InputStream in) {
    throw new PlanDocumentException(DocumentProblem.of(source, "is an iCalendar file, which mics "
        + "writes for calendars but does not read as a plan: import the plan document instead"));
  }
}
