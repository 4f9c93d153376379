package kz.stat.mics.domain.schedule;

/** What a piece of a deadline text means to the parser: a number, a month, a connective and so on. */
enum Term {
  /** ASCII digits. */
  NUMBER,
  /** A day written in digits: "15.03.2024", "15/03/2024", "2024-03-15". */
  DATE,
  /** A month written in digits: "03.2024". */
  MONTH_DATE,
  /** A month name in any of the three languages and any grammatical form. */
  MONTH,
  /** "г.", "года", "жылғы", "year": dropped after a year, "the plan's years" when alone. */
  YEAR_WORD,
  /** "квартал", "тоқсан", "quarter". */
  QUARTER,
  /** "полугодие", "жартыжылдық", "half". */
  HALF,
  /** "декада", "онкүндік", "ten days": a third of a month, named by an ordinal before it. */
  DECADE,
  /** "начало", "середина", "конец", "басы", "соңы", "early", "mid", "end": carries its {@link Stage}. */
  PORTION,
  /** The "Q" of "Q4". */
  Q_PREFIX,
  /** The "H" of "H1". */
  H_PREFIX,
  /** "first", "второе", "үшінші". */
  ORDINAL,
  /** "I" to "IV" before a quarter or a half-year. */
  ROMAN,
  /** An ordinal ending after a number: the "е" of "1-е", the "th" of "4th". */
  SUFFIX,
  /** "с", "from", "начиная": the start of a range or an open-ended start. */
  FROM,
  /** "до", "по", "by", "to": the end of a range or a "by" date. */
  TO,
  /** "в течение", "during". */
  DURING,
  /** Kazakh "бастап" after the date. */
  FROM_AFTER,
  /** Kazakh "дейін" after the date. */
  TO_AFTER,
  /** Kazakh "кешіктірмей" after the date: "not later than"; its ablative ending means "than". */
  NOT_LATER_AFTER,
  /** Kazakh "бойы", "ішінде" after the date. */
  DURING_AFTER,
  /** "күн", "дней", "days". */
  DAY_WORD,
  /** "апта", "недели", "weeks". */
  WEEK_WORD,
  /** "рабочих", "working": a word that may stand between a number and its days. */
  DAY_ADJECTIVE,
  /** "нақтылануда", "уточняется", "tentative". */
  TENTATIVE,
  /** "ежемесячно", "тоқсан сайын", "annually"; the piece carries its {@link Recurrence}. */
  RECURRENCE,
  /** "постоянно", "тұрақты", "ongoing": the whole of the plan's years. */
  ONGOING,
  /** "по мере необходимости", "қажеттілігіне қарай", "as needed": a text that gives no date. */
  NO_DATE,
  /** Hyphen, en dash, em dash, minus. */
  DASH,
  /** Comma, semicolon, "и", "and", "және". */
  SEPARATOR,
  DOT,
  SLASH,
  /** A word that adds nothing: "в", "the", "of", "айы". */
  FILLER,
  /** A word before it is looked up. */
  WORD,
  /** A word the parser does not know. */
  UNKNOWN,
  /** A character the parser does not know. */
  OTHER
}
