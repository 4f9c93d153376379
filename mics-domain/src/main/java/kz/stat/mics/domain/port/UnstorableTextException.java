package kz.stat.mics.domain.port;

import static com.google.common.base.Preconditions.checkNotNull;

import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.schedule.YearRange;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanHistory;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Revision;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;

/**
 * A text of the plan cannot be kept: it holds the NUL character, which PostgreSQL refuses in text,
 * or half of a surrogate pair, which UTF-8 cannot encode, or it is longer than
 * {@link #MAX_TEXT_CHARS}. Stores check before they write anything, so nothing is half-stored.
 */
public final class UnstorableTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The most characters one text of a plan (a cell of its table, a name, a note) may hold, the same
   * limit as every document reader's. The longest cell of a real plan has a few hundred
   * characters; 100,000 is some forty pages, and a plan whose texts keep within it can always be
   * exported and read back, whatever the format.
   */
  public static final int MAX_TEXT_CHARS = 100_000;

  private final String where;

  public UnstorableTextException(String where) {
    this(where, "a NUL character");
  }

  private UnstorableTextException(String where, String what) {
    super(where + " contains " + what + ", which cannot be stored");
    this.where = checkNotNull(where, "where");
  }

  private UnstorableTextException(String where, int length) {
    super(where + ": cell of " + length + " characters, over the limit of " + MAX_TEXT_CHARS);
    this.where = checkNotNull(where, "where");
  }

  /** Which text it is, such as "activity 3.1 title". */
  public String where() {
    return where;
  }

  /** Throws when any text of {@code plan} cannot be stored. */
  public static void check(ActionPlan plan) {
    PlanStream.of(plan).readInto(checked(NOTHING));
  }

  /**
   * Parts passed on to {@code next} once their texts are checked as {@link #check(ActionPlan)}
   * checks a whole plan's.
   *
   * @throws UnstorableTextException from a part whose text cannot be stored
   */
  public static PlanParts checked(PlanParts next) {
    checkNotNull(next, "next");
    return new PlanParts() {
      @Override
      public void header(String title, Language language, YearRange period) {
        text(title, "plan title");
        next.header(title, language, period);
      }

      @Override
      public void executor(Executor e) {
        text(e.code(), "executor " + e.code() + " code");
        text(e.name(), "executor " + e.code() + " name");
        next.executor(e);
      }

      @Override
      public void section(String number, String title) {
        text(number, "section " + number + " number");
        text(title, "section " + number + " title");
        next.section(number, title);
      }

      @Override
      public void activity(Activity a) {
        String at = "activity " + a.code();
        text(a.code(), at + " code");
        text(a.title(), at + " title");
        for (String r : a.responsible()) {
          text(r, at + " responsible executor");
        }
        text(a.deadline().text(), at + " deadline");
        text(a.completionForm(), at + " completion form");
        text(a.financing().text(), at + " financing");
        next.activity(a);
      }

      @Override
      public void precedence(Precedence p) {
        text(p.before(), "precedence " + p.before() + " -> " + p.after());
        text(p.after(), "precedence " + p.before() + " -> " + p.after());
        next.precedence(p);
      }
    };
  }

  /** Parts that go nowhere. */
  private static final PlanParts NOTHING = new PlanParts() {
    @Override
    public void header(String title, Language language, YearRange period) {}

    @Override
    public void executor(Executor executor) {}

    @Override
    public void section(String number, String title) {}

    @Override
    public void activity(Activity activity) {}

    @Override
    public void precedence(Precedence precedence) {}
  };

  public static void check(ProgressChange change) {
    text(change.activityCode(), "progress activity code " + change.activityCode());
    text(change.actor(), "progress on activity " + change.activityCode() + " actor");
    text(change.note(), "progress on activity " + change.activityCode() + " note");
  }

  /** Throws when any text of any revision or progress event of {@code history} cannot be stored. */
  public static void check(PlanHistory history) {
    for (Revision r : history.revisions()) {
      check(r.plan());
    }
    for (ProgressEvent e : history.progress().events()) {
      text(e.activityCode(), "progress event " + e.sequence() + " activity code");
      text(e.actor(), "progress event " + e.sequence() + " actor");
      text(e.note(), "progress event " + e.sequence() + " note");
    }
  }

  private static void text(String value, String where) {
    if (value.length() > MAX_TEXT_CHARS) {
      int length = value.codePointCount(0, value.length());
      if (length > MAX_TEXT_CHARS) {
        throw new UnstorableTextException(where.replace("\u0000", "\\u0000")
            .replaceAll("\\p{Cs}", "?"), length);
      }
    }
    if (value.indexOf('\u0000') >= 0) {
      // The description itself may carry the NUL (a code with one); show it escaped.
      throw new UnstorableTextException(where.replace("\u0000", "\\u0000"));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // UTF-8, and so the database, has no form for half a character: it would come back as "?"
        throw new UnstorableTextException(where.replaceAll("\\p{Cs}", "?"),
            "half of a UTF-16 surrogate pair (U+" + Integer.toHexString(c).toUpperCase(
                java.util.Locale.ROOT) + ")");
      }
    }
  }
}
