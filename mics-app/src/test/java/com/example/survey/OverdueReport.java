package com.example.survey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import kz.stat.mics.domain.application.ImportDocument;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.application.PlanViews;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.io.Documents;
import kz.stat.mics.persistence.PlanDatabase;

// README: the example ends at the last brace; README.md shows all of it but these lines
/** A service of its own that embeds mics: its data source, mics's use cases. */
public final class OverdueReport {
  private OverdueReport() {}

  /** Stores the plan in {@code planFile}, records a step, and lists what is overdue on a day. */
  public static List<String> run(DataSource dataSource, Path planFile) {
    Plans plans = PlanDatabase.of(dataSource).plans(); // migrates the schema on first use
    Documents documents = new Documents(); // every document format mics reads
    TimeSource clock = TimeSource.system();

    ImportDocument.Imported imported = new ImportDocument(plans, documents).importDocument(
        DocumentSource.of(planFile.toString(), () -> Files.newInputStream(planFile)),
        Optional.empty());

    new RecordProgress(plans, clock).record(new RecordProgress.Step(imported.key(),
        ActivityCode.of("11.2"), Status.DONE, Optional.of(LocalDate.of(2024, 6, 19)), "ХСД",
        "listing finished", OptionalLong.empty()));

    List<OverdueActivity> overdue = new PlanViews(plans, documents, clock)
        .overdue(PlanSource.stored(imported.key()), LocalDate.of(2024, 10, 1))
        .answer();
    return overdue.stream()
        .map(o -> o.activity().code() + " overdue by " + o.daysOverdue() + " days")
        .toList();
  }
}
