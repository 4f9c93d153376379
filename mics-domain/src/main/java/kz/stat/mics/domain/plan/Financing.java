package kz.stat.mics.domain.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import kz.stat.mics.domain.executor.Names;

/** The financing column of an activity: the source it names and the text as the plan writes it. */
public record Financing(FinancingSource source, String text) {
  public Financing {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    text = Names.normalize(text);
  }

  /** Reads the financing text of a plan, in Kazakh, Russian or English. */
  public static Financing of(String text) {
    String t = Names.normalize(text);
    String k = t.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+", " ").trim();
    FinancingSource source;
    if (k.equals("рб") || k.equals("республиканский бюджет") || k.equals("республикалық бюджет")
        || k.equals("state budget") || k.equals("republican budget") || k.equals("гб")) {
      source = FinancingSource.STATE_BUDGET;
    } else if (k.equals("юнисеф") || k.equals("unicef")) {
      source = FinancingSource.UNICEF;
    } else if (k.equals("талап етілмейді") || k.equals("не требуется") || k.equals("not required")
        || k.equals("қажет емес") || k.equals("none")) {
      source = FinancingSource.NOT_REQUIRED;
    } else {
      source = FinancingSource.OTHER;
    }
    return new Financing(source, t);
  }

  /** No financing column at all. */
  public static Financing unspecified() {
    return new Financing(FinancingSource.OTHER, "");
  }
}
