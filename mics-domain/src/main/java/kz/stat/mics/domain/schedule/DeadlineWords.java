package kz.stat.mics.domain.schedule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of deadlines in Kazakh, Russian and English: month names in every form, connectives,
 * quarter, half-year and ten-day words, the beginning, middle and end of a period, durations,
 * tentative and recurrence markers. Words are looked up
 * exactly, Kazakh months and a few stems by prefix (Kazakh adds case endings to the stem).
 */
final class DeadlineWords {
  private DeadlineWords() {}

  private record Meaning(Term term, int value, Lexeme.Datum datum) {
    Meaning(Term term, int value) {
      this(term, value, Lexeme.Datum.NONE);
    }
  }

  private record Phrase(String[] words, Meaning meaning) {}

  private record Stem(String prefix, Meaning meaning) {}

  /** Kazakh month stems; September's final "к" turns into "г" before a vowel ("қыркүйегінен"). */
  private static final String[][] KAZAKH_MONTHS = {
    {"қаңтар"}, {"ақпан"}, {"наурыз"}, {"сәуір"}, {"мамыр"}, {"маусым"}, {"шілде"}, {"тамыз"},
    {"қыркүйек", "қыркүйег"}, {"қазан"}, {"қараша"}, {"желтоқсан"}
  };

  private static final String[][] RUSSIAN_MONTHS = {
    {"январь", "января", "январе", "январю", "январем", "янв"},
    {"февраль", "февраля", "феврале", "февралю", "февралем", "фев", "февр"},
    {"март", "марта", "марте", "марту", "мартом", "мар"},
    {"апрель", "апреля", "апреле", "апрелю", "апрелем", "апр"},
    {"май", "мая", "мае", "маю", "маем"},
    {"июнь", "июня", "июне", "июню", "июнем", "июн"},
    {"июль", "июля", "июле", "июлю", "июлем", "июл"},
    {"август", "августа", "августе", "августу", "августом", "авг"},
    {"сентябрь", "сентября", "сентябре", "сентябрю", "сентябрем", "сен", "сент"},
    {"октябрь", "октября", "октябре", "октябрю", "октябрем", "окт"},
    {"ноябрь", "ноября", "ноябре", "ноябрю", "ноябрем", "ноя", "нояб"},
    {"декабрь", "декабря", "декабре", "декабрю", "декабрем", "дек"}
  };

  private static final String[][] ENGLISH_MONTHS = {
    {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
    {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
    {"october", "oct"}, {"november", "nov"}, {"december", "dec"}
  };

  /** Case endings of the Kazakh ablative ("from"): -дан/-ден/-тан/-тен/-нан/-нен. */
  private static final ImmutableList<String> ABLATIVE =
      ImmutableList.of("дан", "ден", "тан", "тен", "нан", "нен");

  private static final ImmutableMap<String, Meaning> WORDS;
  private static final ImmutableMap<String, ImmutableList<Phrase>> PHRASES;
  private static final ImmutableList<Stem> STEMS;

  static {
    Map<String, Meaning> w = new HashMap<>();
    for (int m = 0; m < 12; m++) {
      for (String form : RUSSIAN_MONTHS[m]) {
        w.put(form, new Meaning(Term.MONTH, m + 1));
      }
      for (String form : ENGLISH_MONTHS[m]) {
        w.put(form, new Meaning(Term.MONTH, m + 1));
      }
    }
    put(w, Term.FROM, 0, "с", "со", "from", "since", "starting", "beginning", "начиная");
    put(w, Term.TO, 0, "до", "по", "к", "by", "until", "till", "to", "through", "thru");
    put(w, Term.DURING, 0, "during", "throughout", "within");
    put(w, Term.FROM_AFTER, 0, "бастап");
    put(w, Term.TO_AFTER, 0, "дейін", "шейін");
    put(w, Term.NOT_LATER_AFTER, 0, "аспай", "аспайтын");
    put(w, Term.ONGOING, 0, "постоянно", "непрерывно", "тұрақты", "үнемі", "үздіксіз", "ongoing",
        "continuous", "continuously", "permanently", "permanent");
    put(w, Term.DURING_AFTER, 0, "бойы", "бойына", "ішінде", "барысында");
    put(w, Term.YEAR_WORD, 0, "г", "гг", "год", "года", "году", "годов", "годы", "year", "years",
        "yr", "ж", "жж");
    put(w, Term.QUARTER, 0, "кв", "quarter", "quarters", "qtr");
    put(w, Term.HALF, 0, "half");
    put(w, Term.Q_PREFIX, 0, "q");
    put(w, Term.H_PREFIX, 0, "h");
    // The feminine forms ("первой", "третью") go with "декада".
    put(w, Term.ORDINAL, 1, "first", "первый", "первая", "первое", "первого", "первом", "первой",
        "первую", "бірінші");
    put(w, Term.ORDINAL, 2, "second", "второй", "вторая", "второе", "второго", "втором", "вторую",
        "екінші");
    put(w, Term.ORDINAL, 3, "third", "третий", "третья", "третье", "третьего", "третьем",
        "третьей", "третью", "үшінші");
    put(w, Term.ORDINAL, 4, "fourth", "четвертый", "четвертая", "четвертое", "четвертого",
        "четвертом", "четвертой", "четвертую", "төртінші");
    put(w, Term.ROMAN, 1, "i", "і");
    put(w, Term.ROMAN, 2, "ii", "іі");
    put(w, Term.ROMAN, 3, "iii", "ііі");
    put(w, Term.ROMAN, 4, "iv", "іv");
    put(w, Term.SUFFIX, 0, "е", "й", "я", "м", "го", "ое", "ой", "ый", "ий", "ая", "ом", "ем", "ым", "th", "st", "nd", "rd",
        "ші", "шы", "інші", "ыншы", "нші", "ншы", "ы");
    put(w, Term.DAY_WORD, 0, "день", "дня", "дней", "day", "days", "күн", "күні", "күнге",
        "күндік");
    put(w, Term.WEEK_WORD, 0, "неделя", "недели", "недель", "неделю", "week", "weeks", "апта",
        "апталық");
    put(w, Term.DAY_ADJECTIVE, 0, "рабочих", "рабочий", "рабочего", "календарных", "календарный",
        "working", "calendar", "business", "жұмыс", "күнтізбелік");
    put(w, Term.TENTATIVE, 0, "tentative", "tentatively", "tbc", "tbd", "предварительно");
    put(w, repeats(Recurrence.MONTHLY), "monthly");
    put(w, repeats(Recurrence.QUARTERLY), "quarterly");
    put(w, repeats(Recurrence.YEARLY), "annually", "yearly");
    put(w, Term.SEPARATOR, 0, "и", "and", "және");
    put(w, Term.FILLER, 0, "но", "в", "во", "на", "за", "in", "on", "the", "of", "at", "мерзімде",
        "мерзімге", "ай", "айы", "айында", "айына", "айынан", "айдың", "месяц", "месяца", "месяце",
        "month", "всего", "whole", "entire");
    // Kazakh puts the part after the period ("наурыздың басы"), the others before it.
    put(w, part(Stage.BEGINNING), "начало", "начала", "начале", "началу", "началом", "басы",
        "басында", "басына", "басынан", "басындағы", "early", "start");
    put(w, part(Stage.MIDDLE), "середина", "середины", "середине", "середину", "серединой",
        "ортасы", "ортасында", "ортасына", "ортасынан", "ортасындағы", "mid", "middle");
    put(w, part(Stage.END), "конец", "конца", "конце", "концу", "концом", "соңы", "соңында",
        "соңына", "соңынан", "соңындағы", "аяғы", "аяғында", "аяғына", "аяғынан", "late", "end");
    WORDS = ImmutableMap.copyOf(w);

    Map<String, List<Phrase>> p = new HashMap<>();
    phrase(p, Term.DURING, 0, "в течение", "в течении", "на протяжении");
    phrase(p, Term.FROM, 0, "начиная с", "начиная со");
    phrase(p, Term.TO, 0, "не позднее", "не позже", "no later than", "not later than",
        "в срок до", "в срок не позднее", "в срок не позже", "срок до", "срок не позднее");
    phrase(p, Term.ONGOING, 0, "на постоянной основе", "в постоянном режиме", "тұрақты түрде",
        "тұрақты негізде", "on an ongoing basis", "on a continuous basis", "on a permanent basis");
    phrase(p, Term.NO_DATE, 0, "по мере необходимости", "по мере потребности",
        "по мере поступления", "при необходимости", "по необходимости", "по требованию",
        "по запросу", "қажеттілігіне қарай", "қажеттілікке қарай", "қажетіне қарай",
        "қажеттілік бойынша", "қажеттілігі бойынша", "қажет болған жағдайда", "қажет болғанда",
        "сұраныс бойынша", "as needed", "as required", "as necessary", "when needed",
        "when necessary", "if needed", "if necessary", "on request", "upon request", "on demand");
    phrase(p, Term.TENTATIVE, 0, "to be confirmed", "to be determined", "to be clarified",
        "to be defined", "to be specified", "to be agreed");
    phrase(p, repeats(Recurrence.MONTHLY), "ай сайын", "every month", "each month",
        "каждый месяц");
    phrase(p, repeats(Recurrence.QUARTERLY), "тоқсан сайын", "every quarter", "each quarter",
        "каждый квартал");
    phrase(p, repeats(Recurrence.YEARLY), "жыл сайын", "every year", "each year", "каждый год");
    phrase(p, part(Stage.BEGINNING), "beginning of");
    phrase(p, Term.DECADE, 0, "ten days", "он күндік", "он күндігі", "он күндігінде",
        "он күндікте");
    phrase(p, Term.HALF, 0, "жарты жылдық", "жарты жыл", "жарты жылдығы", "жарты жылдықта",
        "жарты жылдығында", "жарты жылында", "жарты жылдың");
    ImmutableMap.Builder<String, ImmutableList<Phrase>> pb = ImmutableMap.builder();
    p.forEach((first, list) -> {
      list.sort((a, b) -> b.words().length - a.words().length);
      pb.put(first, ImmutableList.copyOf(list));
    });
    PHRASES = pb.build();

    STEMS = ImmutableList.of(
        new Stem("тоқсан", new Meaning(Term.QUARTER, 0)),
        new Stem("квартал", new Meaning(Term.QUARTER, 0)),
        new Stem("жартыжылдық", new Meaning(Term.HALF, 0)),
        // The possessive turns the final "қ" into "ғ": "бірінші жартыжылдығы".
        new Stem("жартыжылдығ", new Meaning(Term.HALF, 0)),
        new Stem("полугод", new Meaning(Term.HALF, 0)),
        new Stem("декад", new Meaning(Term.DECADE, 0)),
        // "онкүндік", its possessive "онкүндігі" and their case forms.
        new Stem("онкүнд", new Meaning(Term.DECADE, 0)),
        new Stem("жыл", new Meaning(Term.YEAR_WORD, 0)),
        new Stem("кешіктір", new Meaning(Term.NOT_LATER_AFTER, 0)),
        new Stem("нақтылан", new Meaning(Term.TENTATIVE, 0)),
        new Stem("уточня", new Meaning(Term.TENTATIVE, 0)),
        new Stem("ориентировочн", new Meaning(Term.TENTATIVE, 0)),
        new Stem("ежемесячн", repeats(Recurrence.MONTHLY)),
        new Stem("ежекварт", repeats(Recurrence.QUARTERLY)),
        new Stem("ежегодн", repeats(Recurrence.YEARLY)));
  }

  private static Meaning part(Stage stage) {
    return new Meaning(Term.PORTION, 0, new Lexeme.Datum.Part(stage));
  }

  private static Meaning repeats(Recurrence r) {
    return new Meaning(Term.RECURRENCE, 0, new Lexeme.Datum.Repeats(r));
  }

  private static void put(Map<String, Meaning> w, Term term, int value, String... words) {
    put(w, new Meaning(term, value), words);
  }

  private static void put(Map<String, Meaning> w, Meaning meaning, String... words) {
    for (String word : words) {
      w.put(word, meaning);
    }
  }

  private static void phrase(Map<String, List<Phrase>> p, Term term, int value, String... texts) {
    phrase(p, new Meaning(term, value), texts);
  }

  private static void phrase(Map<String, List<Phrase>> p, Meaning meaning, String... texts) {
    for (String text : texts) {
      String[] words = text.split(" ");
      p.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, meaning));
    }
  }

  /**
   * Gives every word its meaning, joining the words of a phrase ("в течение", "to be confirmed") into
   * one piece. Words nobody knows become {@link Term#UNKNOWN}; other pieces pass through.
   */
  static List<Lexeme> classify(List<Lexeme> in) {
    List<Lexeme> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      Lexeme x = in.get(i);
      if (!x.is(Term.WORD)) {
        out.add(x);
        i++;
        continue;
      }
      Phrase matched = matchPhrase(in, i);
      if (matched != null) {
        int last = i + matched.words().length - 1;
        Lexeme end = in.get(last);
        StringBuilder raw = new StringBuilder(x.raw());
        for (int k = i + 1; k <= last; k++) {
          raw.append(' ').append(in.get(k).raw());
        }
        Meaning m = matched.meaning();
        out.add(new Lexeme(m.term(), m.value(), false, m.datum(), raw.toString(),
            String.join(" ", matched.words()), x.start(), end.end(), x.spaceBefore()));
        i = last + 1;
        continue;
      }
      out.add(word(x));
      i++;
    }
    return out;
  }

  private static Phrase matchPhrase(List<Lexeme> in, int i) {
    ImmutableList<Phrase> candidates = PHRASES.get(in.get(i).key());
    if (candidates == null) {
      return null;
    }
    for (Phrase phrase : candidates) {
      String[] words = phrase.words();
      if (i + words.length > in.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < words.length && all; k++) {
        Lexeme next = in.get(i + k);
        all = next.is(Term.WORD) && next.key().equals(words[k]);
      }
      if (all) {
        return phrase;
      }
    }
    return null;
  }

  private static Lexeme word(Lexeme x) {
    String key = x.key();
    Meaning exact = WORDS.get(key);
    if (exact != null) {
      // "наурыздың басынан бастап": the ablative part word is "from", like an ablative month.
      return meant(x, exact, exact.term() == Term.PORTION && isAblative(key));
    }
    for (int m = 0; m < 12; m++) {
      for (String stem : KAZAKH_MONTHS[m]) {
        if (key.startsWith(stem)) {
          return x.as(Term.MONTH, m + 1, isAblative(key.substring(stem.length())));
        }
      }
    }
    for (Stem stem : STEMS) {
      if (key.startsWith(stem.prefix())) {
        boolean from = stem.meaning().term() == Term.YEAR_WORD
            && isAblative(key.substring(stem.prefix().length()));
        return meant(x, stem.meaning(), from);
      }
    }
    return x.as(Term.UNKNOWN, 0, false);
  }

  private static Lexeme meant(Lexeme x, Meaning m, boolean fromCase) {
    return new Lexeme(m.term(), m.value(), fromCase, m.datum(), x.raw(), x.key(), x.start(),
        x.end(), x.spaceBefore());
  }

  private static boolean isAblative(String ending) {
    for (String a : ABLATIVE) {
      if (ending.endsWith(a)) {
        return true;
      }
    }
    return false;
  }
}
