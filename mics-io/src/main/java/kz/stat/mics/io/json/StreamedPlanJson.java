package kz.stat.mics.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.Names;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.PlanParts;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.json.JsonProblems.Noted;
import kz.stat.mics.io.json.PlanJson.ActivityObject;
import kz.stat.mics.io.json.PlanJson.ExecutorObject;
import kz.stat.mics.io.json.PlanJson.PeriodObject;
import kz.stat.mics.io.json.PlanJson.PrecedenceObject;

/**
 * A mics-plan JSON document read token by token with Jackson's streaming parser: the top-level
 * values and each section's number and title are read in place, and each executor, activity and
 * precedence is bound alone onto its record by hand ({@link ItemBinding}, with no databind) and
 * checked by {@link PlanJson}, then handed on. Only one item is held at a time. A problem is placed
 * on the line and column where its item (or value) begins; an unknown field, on its key, as the
 * whole-document reader places it.
 */
final class StreamedPlanJson {
  private final Problems problems;
  private final DocumentLimits limits;
  private final PlanParts parts;
  private final JsonFactory factory;
  private JsonParser p;
  /** The document's bytes as the parser reads them, to give columns in characters. */
  private CharColumns columns;

  private String format;
  private Long version;
  private String title;
  private Language language;
  private YearRange period;
  private boolean headerGiven;
  /** Whether the fields were there, whatever their values: one of the wrong type is not missing. */
  private boolean formatGiven;
  private boolean versionGiven;
  private boolean titleGiven;
  private boolean languageGiven;
  private boolean periodGiven;
  private boolean hasExecutors;
  /** Whether a value of the wrong JSON type was met. */
  private boolean wrongType;
  /** Top-level fields given as null, and what is said of each: said among the missing ones. */
  private final java.util.Map<String, Runnable> nulls = new java.util.HashMap<>();
  private boolean hasSections;
  /** The executor codes read so far, as the directory compares them (a code may come once). */
  private final java.util.Set<String> executorCodes = new java.util.HashSet<>();

  StreamedPlanJson(String source, DocumentLimits limits, PlanParts parts) {
    this.problems = new Problems(source);
    this.limits = limits;
    this.parts = parts;
    // a string longer than twice the cell limit in chars breaks it in code points too
    this.factory = JsonDocument.factory((int) Math.min(Integer.MAX_VALUE - 1,
        2L * limits.maxCellChars() + 2));
  }

  /** Reads the document, handing each part on; throws every problem at the end. */
  void read(InputStream in) {
    columns = new CharColumns(in);
    try (JsonParser parser = factory.createParser(columns)) {
      p = parser;
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw problems.fail(0, 0, "is empty");
        }
        if (t != JsonToken.START_OBJECT) {
          throw fail(p.currentTokenLocation(), "the document: expected an object");
        }
        JsonLocation start = p.currentTokenLocation();
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field(p.currentName());
        }
        if (p.nextToken() != null) {
          throw fail(p.currentTokenLocation(), "unexpected content after the end of the JSON "
              + "document");
        }
        end(start);
      } catch (StreamConstraintsException e) {
        // placed while the parser is open: a closed one has let its place go
        throw fail(e.getLocation() != null ? e.getLocation() : p.currentLocation(),
            JsonDocument.limit(e));
      }
    } catch (JsonProcessingException e) {
      throw fail(e.getLocation(), "is not valid JSON: "
          + JsonDocument.firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw problems.fail(0, 0, "cannot be read: " + e.getMessage());
    }
    problems.throwIfAny();
  }

  private void field(String name) throws IOException {
    JsonLocation key = p.currentTokenLocation();
    JsonToken t = p.nextToken();
    JsonLocation at = p.currentTokenLocation();
    switch (name) {
      case "format" -> {
        formatGiven = true;
        format = text(t, "format", at);
        known(at);
      }
      case "version" -> {
        versionGiven = true;
        if (t == JsonToken.VALUE_NUMBER_INT) {
          version = p.getLongValue();
        } else {
          wrongType(at, "version: expected a whole number");
          p.skipChildren();
        }
        known(at);
      }
      case "title" -> {
        titleGiven = true;
        title = text(t, "title", at);
        if (title != null) {
          cell(at, title);
        }
      }
      case "language" -> {
        languageGiven = true;
        String code = text(t, "language", at);
        if (code != null) {
          Optional<Language> l = Language.ofCode(code);
          if (l.isEmpty() || !l.get().code().equals(code)) {
            add(at, "language: \"" + code + "\" is not one of kk, ru, en");
          } else {
            language = l.get();
          }
        }
      }
      case "period" -> {
        periodGiven = true;
        JsonProblems f = new JsonProblems();
        String[] v = texts(f, "period", at, "from", "to");
        PlanJson.period(v == null ? null : new PeriodObject(v[0], v[1]), "period", f)
            .ifPresent(y -> period = y);
        place(f, at);
      }
      case "executors" -> {
        hasExecutors = true;
        array(t, "executors", at, this::executor);
      }
      case "sections" -> {
        hasSections = true;
        array(t, "sections", at, this::section);
      }
      case "precedences" -> array(t, "precedences", at, this::precedence);
      default -> {
        add(key, "unknown field \"" + name + "\"");
        p.skipChildren();
      }
    }
    giveHeader();
  }

  /** Stops at a document of another format or version: its other problems would only mislead. */
  private void known(JsonLocation at) {
    JsonProblems f = new JsonProblems();
    if (!PlanJson.isKnown(format, version, "", PlanJson.FORMAT, f)) {
      place(f, at);
      problems.throwIfAny();
    }
  }

  private void giveHeader() {
    if (!headerGiven && title != null && language != null && period != null) {
      headerGiven = true;
      hand(p.currentTokenLocation(), () -> parts.header(title, language, period));
    }
  }

  /** An item of an array: the parser stands on its first token. */
  private interface Item {
    void read(CharSequence path, JsonLocation at) throws IOException;
  }

  private void array(JsonToken t, String path, JsonLocation at, Item item) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      wrongType(at, path + ": expected an array");
      p.skipChildren();
      return;
    }
    int i = 0;
    for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
      item.read(JsonPath.item(path, i++), p.currentTokenLocation());
    }
  }

  private void executor(CharSequence where, JsonLocation at) throws IOException {
    String path = where.toString();
    JsonProblems f = new JsonProblems();
    String[] v = texts(f, path, at, "code", "name");
    ExecutorObject e = v == null ? null : new ExecutorObject(v[0], v[1]);
    if (f.object(e, path)) {
      Optional<String> code = f.text(e.code(), JsonProblems.path(path, "code"));
      Optional<String> name = f.text(e.name(), JsonProblems.path(path, "name"));
      if (code.isPresent() && name.isPresent()) {
        cell(at, code.get());
        cell(at, name.get());
        try {
          Executor executor = Executor.of(code.get(), name.get());
          if (executorCodes.add(Names.key(executor.code()))) {
            hand(at, () -> parts.executor(executor));
          } else {
            f.add(path, path + ": executor code listed twice: " + executor.code());
          }
        } catch (IllegalArgumentException ex) {
          f.add(path, path + ": " + ex.getMessage());
        }
      }
    }
    place(f, at);
  }

  private void precedence(CharSequence where, JsonLocation at) throws IOException {
    String path = where.toString();
    JsonProblems f = new JsonProblems();
    String[] v = texts(f, path, at, "before", "after");
    PrecedenceObject e = v == null ? null : new PrecedenceObject(v[0], v[1]);
    if (f.object(e, path)) {
      Optional<String> before = f.text(e.before(), JsonProblems.path(path, "before"));
      Optional<String> after = f.text(e.after(), JsonProblems.path(path, "after"));
      if (before.isPresent() && after.isPresent()) {
        cell(at, before.get());
        cell(at, after.get());
        try {
          Precedence precedence = Precedence.of(before.get(), after.get());
          hand(at, () -> parts.precedence(precedence));
        } catch (IllegalArgumentException ex) {
          f.add(path, path + ": " + ex.getMessage());
        }
      }
    }
    place(f, at);
  }

  /** A section, read in place: its number and title must come before its activities. */
  private void section(CharSequence where, JsonLocation at) throws IOException {
    String path = where.toString();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(at, path + ": expected an object");
      p.skipChildren();
      return;
    }
    String number = null;
    String sectionTitle = null;
    boolean numberGiven = false;
    boolean titleGiven = false;
    boolean begun = false;
    boolean hasActivities = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonLocation key = p.currentTokenLocation();
      JsonToken v = p.nextToken();
      JsonLocation valueAt = p.currentTokenLocation();
      switch (name) {
        case "number" -> {
          numberGiven = true;
          number = text(v, JsonProblems.path(path, "number"), valueAt);
        }
        case "title" -> {
          titleGiven = true;
          sectionTitle = text(v, JsonProblems.path(path, "title"), valueAt);
        }
        case "activities" -> {
          hasActivities = true;
          if (number == null || sectionTitle == null) {
            // a number or title of the wrong type has been named already
            if (!numberGiven || !titleGiven) {
              add(valueAt, path + ": its number and title must come before its activities");
            }
            p.skipChildren();
            continue;
          }
          // as a section keeps it: trimmed, and never blank
          number = number.trim();
          if (number.isEmpty()) {
            add(at, path + ": section number is blank");
            p.skipChildren();
            continue;
          }
          cell(at, number);
          cell(at, sectionTitle);
          String handedNumber = number;
          String handedTitle = sectionTitle;
          hand(at, () -> parts.section(handedNumber, handedTitle));
          begun = true;
          array(v, JsonProblems.path(path, "activities"), valueAt, this::activity);
        }
        default -> {
          add(key, "unknown field \"" + JsonProblems.path(path, name) + "\"");
          p.skipChildren();
        }
      }
    }
    if (!begun && problems.isEmpty()) {
      if (number == null) {
        add(at, path + ".number: expected a string");
      }
      if (sectionTitle == null) {
        add(at, path + ".title: expected a string");
      }
      if (!hasActivities) {
        add(at, path + ".activities: expected an array");
      }
    }
  }

  private void activity(CharSequence path, JsonLocation at) throws IOException {
    JsonProblems f = new JsonProblems();
    ActivityObject o;
    try {
      o = ItemBinding.read(p, path, f, limits.maxCellChars());
    } catch (ItemBinding.WrongType e) {
      throw stop(f, e.path(), e.getMessage(), at, e);
    }
    Optional<Activity> a = PlanJson.activity(o, path, f);
    if (a.isPresent()) {
      Activity activity = a.get();
      cell(at, activity.code());
      cell(at, activity.title());
      activity.responsible().forEach(r -> cell(at, r));
      cell(at, activity.deadline().text());
      cell(at, activity.completionForm());
      cell(at, activity.financing().text());
      hand(at, () -> parts.activity(activity));
    }
    place(f, at);
  }

  /**
   * The object of text fields the parser stands on, as the values of {@code names}; null for null.
   * A value of a wrong type stops the reading.
   */
  private String[] texts(JsonProblems f, String path, JsonLocation at, String... names)
      throws IOException {
    try {
      return ItemBinding.texts(p, path, f, limits.maxCellChars(), names);
    } catch (ItemBinding.WrongType e) {
      throw stop(f, e.path(), e.getMessage(), at, e);
    }
  }

  /**
   * Stops the reading at a value of the wrong type (or too long) at {@code path}: notes it beside
   * what {@code f} holds of its item, and throws them all, placed where the item begins.
   */
  private RuntimeException stop(JsonProblems f, String path, String expected, JsonLocation at,
      Exception cause) {
    f.add(path, path + ": " + expected);
    place(f, at);
    problems.throwIfAny();
    return new IllegalStateException("a noted problem was not thrown", cause);
  }

  private String text(JsonToken t, String path, JsonLocation at) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      wrongType(at, path + ": expected a string");
      p.skipChildren();
      return null;
    }
    return p.getText();
  }

  /** Hands a part on ({@link Problems#hand}), a text the store refuses placed at {@code at}. */
  private void hand(JsonLocation at, Runnable give) {
    problems.hand(line(at), column(at), give);
  }

  /** Checks the cell limit on one text of an item that begins at {@code at}. */
  private void cell(JsonLocation at, String text) {
    String problem = limits.cellProblem(text);
    if (problem != null) {
      add(at, problem);
    }
  }

  /**
   * Places the problems {@code f} noted: an unknown field on its key, any other at {@code at},
   * where their item begins.
   */
  private void place(JsonProblems f, JsonLocation at) {
    for (Noted n : f.noted()) {
      add(n.at() != null ? n.at() : at,
          n.expected() == null ? n.message() : n.path() + ": expected " + n.expected());
    }
  }

  /** The checks that need the whole document: its required top-level values. */
  private void end(JsonLocation start) {
    // in the order of the whole-document reader, which binds the fields in this order
    required("format", formatGiven, start);
    required("version", versionGiven, start);
    required("title", titleGiven, start);
    required("language", languageGiven, start);
    required("period", periodGiven, start);
    required("executors", hasExecutors, start);
    required("sections", hasSections, start);
  }

  private void required(String field, boolean given, JsonLocation start) {
    Runnable isNull = nulls.get(field);
    if (isNull != null) {
      isNull.run();
    } else if (!given && !wrongType) {
      // as the whole-document reader, whose binding a value of the wrong type ends
      add(start, "missing field \"" + field + "\"");
    }
  }

  /**
   * Notes a value of the wrong JSON type: the document's missing fields go unnamed then. A null
   * stands for a value left out, as in the whole-document reader: the others are still named, and
   * a top-level one is named among them.
   */
  private void wrongType(JsonLocation at, String message) {
    if (p.currentToken() != JsonToken.VALUE_NULL) {
      wrongType = true;
    } else if (p.getParsingContext().getParent() != null
        && p.getParsingContext().getParent().inRoot()) {
      nulls.put(p.getParsingContext().getCurrentName(), () -> add(at, message));
      return;
    }
    add(at, message);
  }

  private void add(JsonLocation at, String message) {
    problems.add(line(at), column(at), message);
  }

  private RuntimeException fail(JsonLocation at, String message) {
    return problems.fail(line(at), column(at), message);
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : (int) at.getLineNr();
  }

  /** The column of {@code at} in characters, 0 when unknown. */
  private int column(JsonLocation at) {
    return at == null ? 0 : columns.column(at);
  }
}
