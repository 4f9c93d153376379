package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.stream.Stream;
import kz.stat.mics.domain.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The deadline forms of the three languages, each with the windows it means. */
class DeadlineFormsTest {

  private static final DeadlineContext PLAN_2023_2025 =
      DeadlineContext.none().withYears(YearRange.of(2023, 2025));

  private static Arguments form(String text, String windows) {
    return Arguments.of(text, windows);
  }

  static Stream<Arguments> months() {
    return Stream.of(
        form("март 2024", "2024-03-01..2024-03-31"),
        form("Март 2024 г.", "2024-03-01..2024-03-31"),
        form("МАРТ 2024 года", "2024-03-01..2024-03-31"),
        form("в марте 2024 года", "2024-03-01..2024-03-31"),
        form("в мае 2024 г.", "2024-05-01..2024-05-31"),
        form("в июне 2024 году", "2024-06-01..2024-06-30"),
        form("марта 2024", "2024-03-01..2024-03-31"),
        form("сентябрь 2024", "2024-09-01..2024-09-30"),
        form("дек. 2024", "2024-12-01..2024-12-31"),
        form("Наурыз 2024", "2024-03-01..2024-03-31"),
        form("2024 жылғы наурыз", "2024-03-01..2024-03-31"),
        form("2024 жылғы наурызда", "2024-03-01..2024-03-31"),
        form("2024 жылдың қазанында", "2024-10-01..2024-10-31"),
        form("наурыз айы 2024 ж.", "2024-03-01..2024-03-31"),
        form("Сәуiр 2024", "2024-04-01..2024-04-30"),
        form("March 2024", "2024-03-01..2024-03-31"),
        form("in March 2024", "2024-03-01..2024-03-31"),
        form("Mar 2024", "2024-03-01..2024-03-31"),
        form("Sept. 2024", "2024-09-01..2024-09-30"),
        form("03.2024", "2024-03-01..2024-03-31"));
  }

  static Stream<Arguments> monthRanges() {
    return Stream.of(
        form("март-май 2024", "2024-03-01..2024-05-31"),
        form("март – май 2024 г.", "2024-03-01..2024-05-31"),
        form("март—май 2024", "2024-03-01..2024-05-31"),
        form("с марта по май 2024 года", "2024-03-01..2024-05-31"),
        form("Декабрь 2023 - февраль 2024", "2023-12-01..2024-02-29"),
        form("наурыз-мамыр 2024 ж.", "2024-03-01..2024-05-31"),
        form("наурыздан мамырға дейін 2024", "2024-03-01..2024-05-31"),
        form("2024 жылғы наурыздан мамырға дейін", "2024-03-01..2024-05-31"),
        form("2024 жылғы қыркүйегінен қарашаға дейін", "2024-09-01..2024-11-30"),
        form("Желтоқсан 2023 - ақпан 2024", "2023-12-01..2024-02-29"),
        form("March-May 2024", "2024-03-01..2024-05-31"),
        form("December 2023 - February 2024", "2023-12-01..2024-02-29"),
        form("from March to May 2024", "2024-03-01..2024-05-31"));
  }

  static Stream<Arguments> listsOfMonthsAndRanges() {
    return Stream.of(
        form("март, сентябрь 2024", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"),
        form("март и сентябрь 2024 г.", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"),
        form("март-апрель 2024, сентябрь-ноябрь 2024",
            "2024-03-01..2024-04-30; 2024-09-01..2024-11-30"),
        form("Наурыз-сәуір 2024, қыркүйек-қараша 2024",
            "2024-03-01..2024-04-30; 2024-09-01..2024-11-30"),
        form("наурыз және қыркүйек 2024", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"),
        form("March, September 2024", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"),
        form("March-April 2024; September-November 2024",
            "2024-03-01..2024-04-30; 2024-09-01..2024-11-30"),
        form("March and September 2024", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"));
  }

  static Stream<Arguments> daysAndByDays() {
    return Stream.of(
        form("до 15 марта 2024 г.", "..2024-03-15"),
        form("до 15-го марта 2024 года", "..2024-03-15"),
        form("не позднее 15 марта 2024 г.", "..2024-03-15"),
        form("по 15 марта 2024", "..2024-03-15"),
        form("2024 жылғы 15 наурызға дейін", "..2024-03-15"),
        form("15 наурызға дейін 2024 ж.", "..2024-03-15"),
        form("by 15 March 2024", "..2024-03-15"),
        form("no later than 15 March 2024", "..2024-03-15"),
        form("until March 15, 2024", "..2024-03-15"),
        form("до конца марта 2024 г.", "..2024-03-31"),
        form("15.03.2024", "2024-03-15..2024-03-15"),
        form("15/03/2024", "2024-03-15..2024-03-15"),
        form("15.03.24", "2024-03-15..2024-03-15"),
        form("до 15.03.2024", "..2024-03-15"),
        form("15 марта 2024", "2024-03-15..2024-03-15"),
        form("15 марта 2024 г.", "2024-03-15..2024-03-15"),
        form("2024 жылғы 15 наурыз", "2024-03-15..2024-03-15"),
        form("15 March 2024", "2024-03-15..2024-03-15"),
        form("the 15th of March 2024", "2024-03-15..2024-03-15"),
        form("March 15, 2024", "2024-03-15..2024-03-15"),
        form("2024-03-15", "2024-03-15..2024-03-15"),
        form("29 февраля 2024", "2024-02-29..2024-02-29"));
  }

  static Stream<Arguments> dayRanges() {
    return Stream.of(
        form("с 1 по 20 апреля 2024 г.", "2024-04-01..2024-04-20"),
        form("с 25 марта по 5 апреля 2024 г.", "2024-03-25..2024-04-05"),
        form("1-20 апреля 2024", "2024-04-01..2024-04-20"),
        form("с 25 декабря 2023 по 5 января 2024 г.", "2023-12-25..2024-01-05"),
        form("с 25 декабря 2023 по 5 января", "2023-12-25..2024-01-05"),
        form("2024 жылғы 1 сәуірден 20 сәуірге дейін", "2024-04-01..2024-04-20"),
        form("2024 жылғы 25 наурыздан 5 сәуірге дейін", "2024-03-25..2024-04-05"),
        form("1-20 April 2024", "2024-04-01..2024-04-20"),
        form("1 – 20 April 2024", "2024-04-01..2024-04-20"),
        form("from 25 March to 5 April 2024", "2024-03-25..2024-04-05"),
        form("from 1 to 20 April 2024", "2024-04-01..2024-04-20"),
        form("15.03.2024-20.04.2024", "2024-03-15..2024-04-20"),
        form("2024-03-15 - 2024-04-20", "2024-03-15..2024-04-20"));
  }

  static Stream<Arguments> openStarts() {
    return Stream.of(
        form("с 1 марта 2024 г.", "2024-03-01.."),
        form("начиная с 1 марта 2024 года", "2024-03-01.."),
        form("2024 жылғы 1 наурыздан бастап", "2024-03-01.."),
        form("1 наурыздан бастап 2024 ж.", "2024-03-01.."),
        form("from 1 March 2024", "2024-03-01.."),
        form("starting 1 March 2024", "2024-03-01.."),
        form("с марта 2024 года", "2024-03-01.."),
        form("2024 жылдан бастап", "2024-01-01.."));
  }

  static Stream<Arguments> quartersAndHalfYears() {
    return Stream.of(
        form("IV квартал 2023 г.", "2023-10-01..2023-12-31"),
        form("в IV квартале 2023 года", "2023-10-01..2023-12-31"),
        form("4 квартал 2023", "2023-10-01..2023-12-31"),
        form("4-й квартал 2023 г.", "2023-10-01..2023-12-31"),
        form("четвертый квартал 2023 года", "2023-10-01..2023-12-31"),
        form("I квартал 2024", "2024-01-01..2024-03-31"),
        form("4-тоқсан 2023", "2023-10-01..2023-12-31"),
        form("2023 жылғы 4-тоқсан", "2023-10-01..2023-12-31"),
        form("2023 жылғы 4-ші тоқсанда", "2023-10-01..2023-12-31"),
        form("IV тоқсан 2023", "2023-10-01..2023-12-31"),
        form("Q4 2023", "2023-10-01..2023-12-31"),
        form("q2 2024", "2024-04-01..2024-06-30"),
        form("4th quarter 2023", "2023-10-01..2023-12-31"),
        form("fourth quarter of 2023", "2023-10-01..2023-12-31"),
        form("Q1-Q2 2024", "2024-01-01..2024-06-30"),
        form("III-IV квартал 2024", "2024-07-01..2024-12-31"),
        form("1-2 кварталы 2024 г.", "2024-01-01..2024-06-30"),
        form("2024 жылғы 1-2 тоқсан", "2024-01-01..2024-06-30"),
        form("IV квартал 2023 - I квартал 2024", "2023-10-01..2024-03-31"),
        form("1-е полугодие 2025 г.", "2025-01-01..2025-06-30"),
        form("первое полугодие 2025 года", "2025-01-01..2025-06-30"),
        form("во 2-м полугодии 2025 г.", "2025-07-01..2025-12-31"),
        form("1-жартыжылдық 2025", "2025-01-01..2025-06-30"),
        form("2025 жылғы 2-жартыжылдықта", "2025-07-01..2025-12-31"),
        form("H1 2025", "2025-01-01..2025-06-30"),
        form("H2 2025", "2025-07-01..2025-12-31"),
        form("first half of 2025", "2025-01-01..2025-06-30"),
        form("second half of 2025", "2025-07-01..2025-12-31"));
  }

  static Stream<Arguments> wholeYears() {
    return Stream.of(
        form("в течение 2024 года", "2024-01-01..2024-12-31"),
        form("2024 год", "2024-01-01..2024-12-31"),
        form("2024 жыл бойы", "2024-01-01..2024-12-31"),
        form("2024 жыл ішінде", "2024-01-01..2024-12-31"),
        form("during 2024", "2024-01-01..2024-12-31"),
        form("2024", "2024-01-01..2024-12-31"),
        form("2023-2025 гг.", "2023-01-01..2025-12-31"),
        form("2023-2025 жж.", "2023-01-01..2025-12-31"),
        form("2023, 2025", "2023-01-01..2023-12-31; 2025-01-01..2025-12-31"),
        form("в течение года", "2023-01-01..2025-12-31"),
        form("в течение всего года", "2023-01-01..2025-12-31"),
        form("жыл бойы", "2023-01-01..2025-12-31"),
        form("Жыл бойы", "2023-01-01..2025-12-31"),
        form("during the year", "2023-01-01..2025-12-31"),
        form("throughout the year", "2023-01-01..2025-12-31"));
  }

  static Stream<Arguments> yearsBeforeAComma() {
    return Stream.of(
        form("2024, март", "2024-03-01..2024-03-31"),
        form("2024 г., март-май", "2024-03-01..2024-05-31"),
        form("2024, март, сентябрь", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"),
        form("2024 жыл, наурыз", "2024-03-01..2024-03-31"),
        form("2024, наурыз-сәуір", "2024-03-01..2024-04-30"),
        form("2024, March", "2024-03-01..2024-03-31"),
        form("2024, 15 March", "2024-03-15..2024-03-15"),
        form("2024, Q3", "2024-07-01..2024-09-30"),
        form("2023, март 2024", "2023-01-01..2023-12-31; 2024-03-01..2024-03-31"),
        form("2023, 2024, март", "2023-01-01..2023-12-31; 2024-03-01..2024-03-31"),
        form("Q3, 2024", "2024-07-01..2024-09-30"),
        form("III квартал и 2024 г.", "2024-07-01..2024-09-30; 2024-01-01..2024-12-31"),
        form("2024 и март", "2024-01-01..2024-12-31; 2024-03-01..2024-03-31"),
        form("март, , апрель 2024", "2024-03-01..2024-03-31; 2024-04-01..2024-04-30"));
  }

  static Stream<Arguments> kazakhPeriodsWithEndings() {
    return Stream.of(
        form("2025 жылдың бірінші жартыжылдығы", "2025-01-01..2025-06-30"),
        form("2025 жылдың бірінші жартыжылдығында", "2025-01-01..2025-06-30"),
        form("бірінші жартыжылдық 2025", "2025-01-01..2025-06-30"),
        form("2025 жылғы екінші жартыжылдықта", "2025-07-01..2025-12-31"),
        form("екінші жартыжылдықта 2025", "2025-07-01..2025-12-31"),
        form("2025 жылдың екінші жарты жылдығы", "2025-07-01..2025-12-31"),
        form("2024 жылдың IV тоқсаны", "2024-10-01..2024-12-31"),
        form("2024 жылдың IV тоқсанында", "2024-10-01..2024-12-31"),
        form("төртінші тоқсан 2024", "2024-10-01..2024-12-31"),
        form("2024 жылғы 2-тоқсанда", "2024-04-01..2024-06-30"),
        form("IV-тоқсан 2024", "2024-10-01..2024-12-31"),
        form("II-жартыжылдық 2024", "2024-07-01..2024-12-31"));
  }

  static Stream<Arguments> notLaterThan() {
    return Stream.of(
        form("не позднее 15 марта 2024 г.", "..2024-03-15"),
        form("не позднее марта 2024 года", "..2024-03-31"),
        form("не позднее конца 2024 года", "..2024-12-31"),
        form("в срок до 1 июля 2024 года", "..2024-07-01"),
        form("в срок не позднее 1 июля 2024 г.", "..2024-07-01"),
        form("по мере необходимости, но не позднее 2024 года", "..2024-12-31"),
        form("2024 г., до 15 марта", "..2024-03-15"),
        form("до конца 2024 года", "..2024-12-31"),
        form("до конца I квартала 2025 г.", "..2025-03-31"),
        form("до конца первого полугодия 2025 года", "..2025-06-30"),
        form("2024 жылғы 15 наурыздан кешіктірмей", "..2024-03-15"),
        form("2024 жылғы наурыздан кешіктірмей", "..2024-03-31"),
        form("2024 жылдан кешіктірмей", "..2024-12-31"),
        form("2024 жылғы 15 наурыздан аспайтын мерзімде", "..2024-03-15"),
        form("2024 жылдың соңына дейін", "..2024-12-31"),
        form("2024 жылдың соңынан кешіктірмей", "..2024-12-31"),
        form("2025 жылғы I тоқсанның соңына дейін", "..2025-03-31"),
        form("no later than 15 March 2024", "..2024-03-15"),
        form("not later than March 2024", "..2024-03-31"),
        form("by the end of 2024", "..2024-12-31"),
        form("by end of Q1 2025", "..2025-03-31"),
        form("by the end of the first half of 2025", "..2025-06-30"));
  }

  static Stream<Arguments> ordinalQuartersAndHalfYears() {
    return Stream.of(
        form("первое полугодие 2025 г.", "2025-01-01..2025-06-30"),
        form("во втором полугодии 2024 года", "2024-07-01..2024-12-31"),
        form("в I полугодии 2025 г.", "2025-01-01..2025-06-30"),
        form("в I-м полугодии 2025 г.", "2025-01-01..2025-06-30"),
        form("II полугодие 2024 г.", "2024-07-01..2024-12-31"),
        form("третий квартал 2024 г.", "2024-07-01..2024-09-30"),
        form("в третьем квартале 2024 года", "2024-07-01..2024-09-30"),
        form("в 3 квартале 2024 г.", "2024-07-01..2024-09-30"),
        form("в 3-ем квартале 2024 г.", "2024-07-01..2024-09-30"),
        form("3-ий квартал 2024", "2024-07-01..2024-09-30"),
        form("III кв. 2024 г.", "2024-07-01..2024-09-30"),
        form("III квартал - IV квартал 2024 г.", "2024-07-01..2024-12-31"),
        form("2-3 кварталы 2024 года", "2024-04-01..2024-09-30"),
        form("II-III кварталы 2024 года", "2024-04-01..2024-09-30"),
        form("үшінші тоқсан 2024", "2024-07-01..2024-09-30"),
        form("2024 жылғы екінші-үшінші тоқсандар", "2024-04-01..2024-09-30"),
        form("third quarter of 2024", "2024-07-01..2024-09-30"),
        form("3rd quarter 2024", "2024-07-01..2024-09-30"));
  }

  static Stream<Arguments> monthsFromTo() {
    return Stream.of(
        form("январь-март 2025 г.", "2025-01-01..2025-03-31"),
        form("с января по март 2025 г.", "2025-01-01..2025-03-31"),
        form("с января 2024 г. по март 2025 г.", "2024-01-01..2025-03-31"),
        form("2024 жылғы қаңтар-наурыз", "2024-01-01..2024-03-31"),
        form("2024 жылғы қаңтардан наурызға дейін", "2024-01-01..2024-03-31"),
        form("2024 жылғы қаңтардан бастап 2025 жылғы наурызға дейін", "2024-01-01..2025-03-31"),
        form("from January to March 2025", "2025-01-01..2025-03-31"),
        form("January through March 2025", "2025-01-01..2025-03-31"),
        form("January to March 2025", "2025-01-01..2025-03-31"),
        form("Jan–Mar 2025", "2025-01-01..2025-03-31"),
        form("Jan. - Mar. 2025", "2025-01-01..2025-03-31"));
  }

  static Stream<Arguments> ongoing() {
    return Stream.of(
        form("постоянно", "2023-01-01..2025-12-31"),
        form("Постоянно", "2023-01-01..2025-12-31"),
        form("на постоянной основе", "2023-01-01..2025-12-31"),
        form("тұрақты", "2023-01-01..2025-12-31"),
        form("тұрақты түрде", "2023-01-01..2025-12-31"),
        form("үнемі", "2023-01-01..2025-12-31"),
        form("ongoing", "2023-01-01..2025-12-31"),
        form("on an ongoing basis", "2023-01-01..2025-12-31"),
        form("постоянно в течение 2024 года", "2024-01-01..2024-12-31"),
        form("2024 жыл бойы тұрақты", "2024-01-01..2024-12-31"));
  }

  static Stream<Arguments> yearsAfterACommaStayWithTheirMonth() {
    return Stream.of(
        form("July, 2013 to December, 2014", "2013-07-01..2014-12-31"),
        form("from July, 2013 to December, 2014", "2013-07-01..2014-12-31"),
        form("July, 2013 - December, 2014", "2013-07-01..2014-12-31"),
        form("March, 2024; September, 2024", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"),
        form("March 15, 2024", "2024-03-15..2024-03-15"),
        form("March 15th, 2024", "2024-03-15..2024-03-15"),
        form("15 March, 2024", "2024-03-15..2024-03-15"),
        form("July 2013, December 2014", "2013-07-01..2013-07-31; 2014-12-01..2014-12-31"),
        form("Наурыз, 2024 жылғы қыркүйек", "2024-03-01..2024-03-31; 2024-09-01..2024-09-30"));
  }

  /** A month in thirds: days 1-10, 11-20, 21 to its end. */
  static Stream<Arguments> beginningMiddleAndEndOfAMonth() {
    return Stream.of(
        form("начало марта 2024", "2024-03-01..2024-03-10"),
        form("в начале марта 2024 г.", "2024-03-01..2024-03-10"),
        form("середина марта 2024", "2024-03-11..2024-03-20"),
        form("в середине марта 2024 года", "2024-03-11..2024-03-20"),
        form("конец марта 2024", "2024-03-21..2024-03-31"),
        form("в конце февраля 2024 г.", "2024-02-21..2024-02-29"),
        form("конец февраля 2023 г.", "2023-02-21..2023-02-28"),
        form("наурыздың басы 2024", "2024-03-01..2024-03-10"),
        form("2024 жылғы наурыздың басында", "2024-03-01..2024-03-10"),
        form("2024 жылғы наурыздың ортасы", "2024-03-11..2024-03-20"),
        form("2024 жылғы сәуірдің соңында", "2024-04-21..2024-04-30"),
        form("2024 жылғы ақпанның соңы", "2024-02-21..2024-02-29"),
        form("early March 2024", "2024-03-01..2024-03-10"),
        form("beginning of March 2024", "2024-03-01..2024-03-10"),
        form("mid-March 2024", "2024-03-11..2024-03-20"),
        form("the middle of March 2024", "2024-03-11..2024-03-20"),
        form("late March 2024", "2024-03-21..2024-03-31"),
        form("end of March 2024", "2024-03-21..2024-03-31"),
        form("the end of April 2024", "2024-04-21..2024-04-30"));
  }

  /** A quarter by its months, a half-year two months at a time, a year as Q1, Q2-Q3 and Q4. */
  static Stream<Arguments> beginningMiddleAndEndOfLongerPeriods() {
    return Stream.of(
        form("начало III квартала 2024 г.", "2024-07-01..2024-07-31"),
        form("в середине II квартала 2024 года", "2024-05-01..2024-05-31"),
        form("конец IV квартала 2024 г.", "2024-12-01..2024-12-31"),
        form("2024 жылғы I тоқсанның басы", "2024-01-01..2024-01-31"),
        form("2024 жылғы бірінші тоқсанның ортасы", "2024-02-01..2024-02-29"),
        form("beginning of Q3 2024", "2024-07-01..2024-07-31"),
        form("mid-Q2 2024", "2024-05-01..2024-05-31"),
        form("end of Q3 2024", "2024-09-01..2024-09-30"),
        form("начало первого полугодия 2025 г.", "2025-01-01..2025-02-28"),
        form("в конце I полугодия 2025 г.", "2025-05-01..2025-06-30"),
        form("2024 жылдың бірінші жартыжылдығының басы", "2024-01-01..2024-02-29"),
        form("2024 жылдың бірінші жартыжылдығының ортасы", "2024-03-01..2024-04-30"),
        form("middle of H2 2024", "2024-09-01..2024-10-31"),
        form("начало 2024 года", "2024-01-01..2024-03-31"),
        form("в середине 2024 г.", "2024-04-01..2024-09-30"),
        form("конец 2024 года", "2024-10-01..2024-12-31"),
        form("в конце 2024 г.", "2024-10-01..2024-12-31"),
        form("2024 жылдың басы", "2024-01-01..2024-03-31"),
        form("2024 жылдың ортасында", "2024-04-01..2024-09-30"),
        form("2024 жылдың соңы", "2024-10-01..2024-12-31"),
        form("early 2024", "2024-01-01..2024-03-31"),
        form("start of 2025", "2025-01-01..2025-03-31"),
        form("mid-2024", "2024-04-01..2024-09-30"),
        form("late 2024", "2024-10-01..2024-12-31"),
        form("end of 2024", "2024-10-01..2024-12-31"));
  }

  static Stream<Arguments> partsInRangesAndBounds() {
    return Stream.of(
        form("конец марта – начало апреля 2024", "2024-03-21..2024-04-10"),
        form("конец декабря 2023 – начало января", "2023-12-21..2024-01-10"),
        form("с середины марта 2024 г.", "2024-03-11.."),
        form("к началу марта 2024 г.", "..2024-03-10"),
        form("начало 2024 – конец 2025", "2024-01-01..2025-12-31"),
        form("наурыздың басынан сәуірдің соңына дейін 2024", "2024-03-01..2024-04-30"),
        form("2024 жылдың басынан бастап", "2024-01-01.."),
        form("from mid-March to the end of April 2024", "2024-03-11..2024-04-30"),
        form("by mid-2024", "..2024-09-30"));
  }

  /** The ten-day parts of a month: days 1-10, 11-20, 21 to its end. */
  static Stream<Arguments> tenDayParts() {
    return Stream.of(
        form("в I декаде марта 2024", "2024-03-01..2024-03-10"),
        form("во второй декаде апреля 2024 г.", "2024-04-11..2024-04-20"),
        form("в третьей декаде февраля 2024 г.", "2024-02-21..2024-02-29"),
        form("в течение первой декады марта 2024 года", "2024-03-01..2024-03-10"),
        form("2-я декада марта 2024", "2024-03-11..2024-03-20"),
        form("III декада мая 2024 г.", "2024-05-21..2024-05-31"),
        form("1-2 декады марта 2024", "2024-03-01..2024-03-20"),
        form("II декада декабря 2024 – I декада января 2025", "2024-12-11..2025-01-10"),
        form("наурыздың бірінші онкүндігі 2024", "2024-03-01..2024-03-10"),
        form("2024 жылғы сәуірдің екінші онкүндігінде", "2024-04-11..2024-04-20"),
        form("2024 жылғы ақпанның үшінші онкүндігі", "2024-02-21..2024-02-29"),
        form("наурыздың 2-онкүндігі 2024", "2024-03-11..2024-03-20"),
        form("наурыздың бірінші он күндігі 2024", "2024-03-01..2024-03-10"),
        form("first ten days of March 2024", "2024-03-01..2024-03-10"),
        form("the second ten days of March 2024", "2024-03-11..2024-03-20"),
        form("third ten days of April 2024", "2024-04-21..2024-04-30"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource({"months", "monthRanges", "listsOfMonthsAndRanges", "daysAndByDays", "dayRanges",
      "openStarts", "quartersAndHalfYears", "wholeYears", "yearsBeforeAComma",
      "kazakhPeriodsWithEndings", "notLaterThan", "ordinalQuartersAndHalfYears", "monthsFromTo",
      "ongoing", "yearsAfterACommaStayWithTheirMonth", "beginningMiddleAndEndOfAMonth",
      "beginningMiddleAndEndOfLongerPeriods", "partsInRangesAndBounds", "tenDayParts"})
  void readsTheFormIntoItsWindows(String text, String windows) {
    DeadlineReading reading = DeadlineParser.read(text, PLAN_2023_2025);

    assertThat(reading).as(reading.toString()).isInstanceOf(DeadlineReading.Understood.class);
    assertThat(reading.deadline().windows()).containsExactlyElementsOf(ExpectedWindows.of(windows));
    assertThat(reading.deadline().text()).isEqualTo(text);
    assertThat(reading.deadline().recurrence()).isEmpty();
  }

  static Stream<Arguments> recurringForms() {
    return Stream.of(
        Arguments.of("ежемесячно", Recurrence.MONTHLY, 36),
        Arguments.of("Ежемесячно", Recurrence.MONTHLY, 36),
        Arguments.of("ай сайын", Recurrence.MONTHLY, 36),
        Arguments.of("monthly", Recurrence.MONTHLY, 36),
        Arguments.of("every month", Recurrence.MONTHLY, 36),
        Arguments.of("ежеквартально", Recurrence.QUARTERLY, 12),
        Arguments.of("тоқсан сайын", Recurrence.QUARTERLY, 12),
        Arguments.of("Quarterly", Recurrence.QUARTERLY, 12),
        Arguments.of("ежегодно", Recurrence.YEARLY, 3),
        Arguments.of("жыл сайын", Recurrence.YEARLY, 3),
        Arguments.of("annually", Recurrence.YEARLY, 3),
        Arguments.of("yearly", Recurrence.YEARLY, 3));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("recurringForms")
  void aRecurringFormRepeatsOverThePlanPeriod(String text, Recurrence recurrence, int periods) {
    Deadline deadline = DeadlineParser.read(text, PLAN_2023_2025).deadline();

    assertThat(deadline.recurrence()).contains(recurrence);
    assertThat(deadline.windows()).hasSize(periods);
    assertThat(deadline.windows().get(0).from()).contains(java.time.LocalDate.of(2023, 1, 1));
    assertThat(deadline.due()).contains(java.time.LocalDate.of(2025, 12, 31));
  }

  @org.junit.jupiter.api.Test
  void quarterlyWindowsAreTheCalendarQuarters() {
    Deadline deadline = DeadlineParser.read("ежеквартально", PLAN_2023_2025).deadline();

    assertThat(deadline.windows().subList(0, 4)).containsExactlyElementsOf(ExpectedWindows.of(
        "2023-01-01..2023-03-31; 2023-04-01..2023-06-30; 2023-07-01..2023-09-30;"
            + " 2023-10-01..2023-12-31"));
  }

  @org.junit.jupiter.api.Test
  void aRecurringFormWithItsOwnYearsRepeatsOverThose() {
    Deadline deadline = DeadlineParser.read("ежеквартально в 2024 году", PLAN_2023_2025).deadline();

    assertThat(deadline.recurrence()).contains(Recurrence.QUARTERLY);
    assertThat(deadline.windows()).containsExactlyElementsOf(ExpectedWindows.of(
        "2024-01-01..2024-03-31; 2024-04-01..2024-06-30; 2024-07-01..2024-09-30;"
            + " 2024-10-01..2024-12-31"));
  }

  static Stream<Arguments> durationsAndMarkers() {
    return Stream.of(
        Arguments.of("Маусым 2023 (10 күн)", 10, false),
        Arguments.of("июнь 2023 (10 дней)", 10, false),
        Arguments.of("июнь 2023 (3 дня)", 3, false),
        Arguments.of("июнь 2023 (1 день)", 1, false),
        Arguments.of("June 2023 (10 days)", 10, false),
        Arguments.of("June 2023 (1 day)", 1, false),
        Arguments.of("June 2023 (10 working days)", 10, false),
        Arguments.of("июнь 2023 (2 недели)", 14, false),
        Arguments.of("Маусым 2023 10 күн", 10, false),
        Arguments.of("Қаңтар-наурыз 2025 (нақтылануда)", 0, true),
        Arguments.of("Қаңтар-наурыз 2025 нақтылануда", 0, true),
        Arguments.of("январь-март 2025 г. (уточняется)", 0, true),
        Arguments.of("январь-март 2025 уточняется", 0, true),
        Arguments.of("January-March 2025 (tentative)", 0, true),
        Arguments.of("January-March 2025 (to be confirmed)", 0, true),
        Arguments.of("January-March 2025 (TBC)", 0, true),
        Arguments.of("January-March 2025 TBC", 0, true),
        Arguments.of("Маусым 2023 (10 күн) (нақтылануда)", 10, true),
        Arguments.of("June 2023 (10 days, tentative)", 10, true));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("durationsAndMarkers")
  void readsDurationsAndTentativeMarkers(String text, int days, boolean tentative) {
    Deadline deadline = DeadlineParser.read(text, DeadlineContext.none()).deadline();

    assertThat(deadline.isResolved()).isTrue();
    assertThat(deadline.durationDays()).isEqualTo(days == 0 ? OptionalInt.empty() : OptionalInt.of(days));
    assertThat(deadline.tentative()).isEqualTo(tentative);
  }

  static Stream<Arguments> formsWithoutAYear() {
    return Stream.of(
        form("екінші жартыжылдықта", "2024-07-01..2024-12-31"),
        form("бірінші жартыжылдық", "2024-01-01..2024-06-30"),
        form("IV тоқсанда", "2024-10-01..2024-12-31"),
        form("во втором полугодии", "2024-07-01..2024-12-31"),
        form("в 3 квартале", "2024-07-01..2024-09-30"),
        form("до конца I квартала", "..2024-03-31"),
        form("наурызда", "2024-03-01..2024-03-31"),
        form("15 наурыздан кешіктірмей", "..2024-03-15"),
        form("Q2", "2024-04-01..2024-06-30"),
        form("в I декаде марта", "2024-03-01..2024-03-10"),
        form("наурыздың бірінші онкүндігі", "2024-03-01..2024-03-10"),
        form("first ten days of March", "2024-03-01..2024-03-10"),
        form("в конце года", "2024-10-01..2024-12-31"),
        form("жылдың басында", "2024-01-01..2024-03-31"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("formsWithoutAYear")
  void aFormWithoutAYearTakesTheYearOfAOneYearPlan(String text, String windows) {
    DeadlineReading reading =
        DeadlineParser.read(text, DeadlineContext.none().withYears(YearRange.single(2024)));

    assertThat(reading).as(reading.toString()).isInstanceOf(DeadlineReading.Understood.class);
    assertThat(reading.deadline().windows()).containsExactlyElementsOf(ExpectedWindows.of(windows));
  }

  @org.junit.jupiter.api.Test
  void theLanguageOfTheContextIsOnlyAHint() {
    for (Language language : Language.values()) {
      DeadlineContext context = DeadlineContext.of(language);
      assertThat(DeadlineParser.read("Наурыз 2024", context).deadline().windows())
          .containsExactlyElementsOf(ExpectedWindows.of("2024-03-01..2024-03-31"));
      assertThat(DeadlineParser.read("март 2024", context).deadline().windows())
          .containsExactlyElementsOf(ExpectedWindows.of("2024-03-01..2024-03-31"));
      assertThat(DeadlineParser.read("March 2024", context).deadline().windows())
          .containsExactlyElementsOf(ExpectedWindows.of("2024-03-01..2024-03-31"));
    }
  }
}
