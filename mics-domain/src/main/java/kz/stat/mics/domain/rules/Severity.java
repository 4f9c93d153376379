package kz.stat.mics.domain.rules;

/** How much a finding matters: an error makes the plan wrong, a warning doubtful, a notice is for information. */
public enum Severity {
  ERROR,
  WARNING,
  NOTICE
}
