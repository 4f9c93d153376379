package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import kz.stat.mics.domain.fixtures.SeedPlan;
import org.junit.jupiter.api.Test;

/**
 * The seed's content hash and fingerprint, as every version of mics has stored them: a store keeps
 * them in each revision, so an encoding that changed would see every stored plan as changed.
 */
class ContentHashTest {
  @Test
  void theSeedHashesAsStoredBefore() {
    assertThat(ContentHash.of(SeedPlan.plan()))
        .isEqualTo("8b53e990660d9468076924b5dc12be85a7c926f69a8a2dda630b103dbc109bb8");
  }

  @Test
  void theSeedsFingerprintIsAsStoredBefore() {
    assertThat(Fingerprint.of(SeedPlan.plan()))
        .isEqualTo("9fc3c9513c072677e2c1ca61f3505baa22b3a7f08feb2fd456f117fcd8a7c346");
  }

  /** Long enough to fill the hash's buffers many times over. */
  @Test
  void aLargePlanHashesAsStoredBefore() {
    assertThat(ContentHash.of(Plans1000.withActivities(5_000)))
        .isEqualTo("fcec1c79955c9cbc91ac97fd0179e9e2277b81daf67939e369f9c6c8ebda1435");
    assertThat(Fingerprint.of(Plans1000.withActivities(5_000)))
        .isEqualTo("1dddf0becbf1c42d41d40fcc737b1ce2db48ac7e1a94ac90b83e28fa391bc46e");
  }
}
