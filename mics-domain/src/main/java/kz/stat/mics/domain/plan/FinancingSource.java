package kz.stat.mics.domain.plan;

/** Who pays for an activity. */
public enum FinancingSource {
  /** The republican (state) budget: "РБ", "республиканский бюджет". */
  STATE_BUDGET,
  /** UNICEF: "ЮНИСЕФ". */
  UNICEF,
  /** No financing needed: "Талап етілмейді", "Не требуется". */
  NOT_REQUIRED,
  /** Anything else; the text says what. */
  OTHER
}
