package kz.stat.mics.domain.executor;

import com.google.common.collect.ImmutableSet;
import java.util.stream.Stream;

/**
 * Executors that plans write out in full rather than abbreviate ("Баспасөз қызметі", "state bodies and
 * interested organisations"), in the three languages. A responsible executor that is neither in the
 * plan's directory nor here is worth a finding.
 */
public final class KnownExecutors {
  private static final ImmutableSet<String> NAMES = Stream.of(
          "мемлекеттік органдар және мүдделі ұйымдар",
          "Баспасөз қызметі",
          "ҚР СЖРА ҰСБ аумақтық бөлімшелер",
          "ҚР СЖРА ҰСБ Қарағанды облысы бойынша департаменті",
          "государственные органы и заинтересованные организации",
          "Пресс-служба",
          "территориальные подразделения БНС АСПР РК",
          "территориальные органы",
          "state bodies and interested organisations",
          "Press service",
          "BNS territorial divisions")
      .map(Names::key)
      .collect(ImmutableSet.toImmutableSet());

  private KnownExecutors() {}

  /** Whether {@code name} is a written-out executor known in any of the three languages. */
  public static boolean contains(String name) {
    return NAMES.contains(Names.key(name));
  }
}
