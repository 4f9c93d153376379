package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.DocumentProblem;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.PlanStream;
import kz.stat.mics.domain.port.SavedRevision;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.port.UnstorableTextException;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.Status;
import org.junit.jupiter.api.Test;

/**
 * A plan streamed part by part is stored as the same revision as the whole plan saved at once,
 * with the same content hash, so that either path sees the other's plan as unchanged; a stream
 * that fails stores nothing.
 */
class StreamedSaveIT {
  private final DataSource db = TestDatabases.migrated();
  private final JooqPlans store = new JooqPlans(db, TimeSource.system());

  /** The parts of a whole plan, in the order a document written by mics gives them. */
  static PlanStream streamOf(ActionPlan plan) {
    return parts -> {
      parts.header(plan.title(), plan.language(), plan.period());
      plan.executors().entries().forEach(parts::executor);
      for (Section s : plan.sections()) {
        parts.section(s.number(), s.title());
        s.activities().forEach(parts::activity);
      }
      plan.precedences().forEach(parts::precedence);
    };
  }

  @Test
  void theSeedStreamedIsTheSeedSavedWholeAndEachSeesTheOtherUnchanged() {
    ActionPlan seed = SeedPlan.plan();
    PlanKey streamed = PlanKey.of("streamed");
    PlanKey whole = PlanKey.of("whole");

    assertThat(store.save(streamed, streamOf(seed))).isEqualTo(new SavedRevision(streamed, 1,
        true));
    store.save(whole, seed);

    assertThat(store.latest(streamed).orElseThrow().plan()).isEqualTo(seed);
    assertThat(hashOf("streamed")).isEqualTo(hashOf("whole")).isEqualTo(ContentHash.of(seed))
        .hasSize(64);
    assertThat(store.save(streamed, seed)).isEqualTo(new SavedRevision(streamed, 1, false));
    assertThat(store.save(whole, streamOf(seed))).isEqualTo(new SavedRevision(whole, 1, false));
    assertThat(store.revisions(streamed)).hasSize(1);
  }

  @Test
  void aPlanOfTwentyThousandActivitiesComesBackEqual() {
    ActionPlan big = Plans1000.withActivities(20_000);
    PlanKey key = PlanKey.of("twenty-thousand");

    store.save(key, streamOf(big));

    assertThat(store.latest(key).orElseThrow().plan()).isEqualTo(big);
    assertThat(store.list()).anySatisfy(p -> {
      assertThat(p.key()).isEqualTo(key);
      assertThat(p.activities()).isEqualTo(20_000);
    });
  }

  @Test
  void aChangedPlanStreamedBecomesTheNextRevision() {
    ActionPlan seed = SeedPlan.plan();
    PlanKey key = PlanKey.of("changed");
    store.save(key, seed);

    ActionPlan retitled = new ActionPlan("another title", seed.language(), seed.period(),
        seed.sections(), seed.executors(), seed.precedences());

    assertThat(store.save(key, streamOf(retitled))).isEqualTo(new SavedRevision(key, 2, true));
    assertThat(store.latest(key).orElseThrow().plan()).isEqualTo(retitled);
  }

  @Test
  void aDocumentThatFailsAfterItsFirstPartsStoresNothing() {
    ActionPlan seed = SeedPlan.plan();
    PlanKey key = PlanKey.of("refused");
    store.save(key, seed);
    PlanStream failing = parts -> {
      streamOf(seed).readInto(parts);
      throw new PlanDocumentException(List.of(new DocumentProblem("plan.csv", 48, 0,
          "code: the activity code is empty")));
    };

    assertThatThrownBy(() -> store.save(key, failing))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("code: the activity code is empty");
    assertThatThrownBy(() -> store.save(PlanKey.of("never"), failing))
        .isInstanceOf(PlanDocumentException.class);

    assertThat(store.revisions(key)).hasSize(1);
    assertThat(store.list()).extracting(p -> p.key().value()).containsExactly("refused");
  }

  @Test
  void anUnchangedPlanStreamedAgainLeavesNoRowBehind() {
    ActionPlan big = Plans1000.withActivities(5_000);
    PlanKey key = PlanKey.of("again");
    store.save(key, streamOf(big));

    // its activities were copied as they were read, then rolled back once the hash matched
    assertThat(store.save(key, streamOf(big))).isEqualTo(new SavedRevision(key, 1, false));

    assertThat(count("select count(*) from activity a join plan p on p.id = a.plan_id"
        + " where p.key = 'again'")).isEqualTo(5_000);
    assertThat(count("select count(*) from activity_due_day d join plan p on p.id = d.plan_id"
        + " where p.key = 'again'")).isEqualTo(count("select count(distinct a.due_date)"
        + " from activity a join plan p on p.id = a.plan_id where p.key = 'again'"));
    assertThat(store.revisions(key)).hasSize(1);
  }

  /** Refused after every part was read and copied: in chunks of 1 MB, and of about 64 KB. */
  @Test
  void aDocumentThatFailsAfterThousandsOfActivitiesWereCopiedStoresNothingAndTheStoreGoesOn() {
    ActionPlan big = Plans1000.withActivities(20_000);
    PlanKey key = PlanKey.of("late-failure");
    PlanStream failing = parts -> {
      streamOf(big).readInto(parts);
      throw new PlanDocumentException(List.of(new DocumentProblem("plan.json", 200_001, 7,
          "precedences: unknown activity 99.99")));
    };

    for (JooqPlans chunks : List.of(store, chunked())) {
      assertThatThrownBy(() -> chunks.save(key, failing))
          .isInstanceOf(PlanDocumentException.class)
          .hasMessageContaining("unknown activity 99.99");

      assertThat(store.list()).isEmpty();
      assertThat(count("select count(*) from activity")).isZero();
      assertThat(count("select count(*) from section")).isZero();
      assertThat(count("select count(*) from activity_due_day")).isZero();
    }
    assertThat(store.save(key, streamOf(big))).isEqualTo(new SavedRevision(key, 1, true));
    assertThat(store.latest(key).orElseThrow().plan()).isEqualTo(big);
  }

  /** A store that copies a new plan's sections and activities in chunks of about 64 KB. */
  private JooqPlans chunked() {
    return new JooqPlans(db, TimeSource.system(), List.of(), "the database server",
        JooqPlans.COPY_FROM, 1);
  }

  /** The statements that inserted a plan's activities: each chunk's copy is one. */
  private long copiesOfActivities(String key) {
    return count("select count(distinct a.cmin::text) from activity a join plan p"
        + " on p.id = a.plan_id where p.key = '" + key + "'");
  }

  @Test
  void aNewPlanCopiedInManyChunksIsThePlanSavedWholeWithTheSameCounts() {
    ActionPlan big = Plans1000.dueOnTheirDays(20_000);
    JooqPlans chunked = chunked();

    assertThat(chunked.save(PlanKey.of("chunked"), streamOf(big)))
        .isEqualTo(new SavedRevision(PlanKey.of("chunked"), 1, true));
    store.save(PlanKey.of("whole"), big);

    assertThat(copiesOfActivities("chunked")).isGreaterThan(20);
    assertThat(store.latest(PlanKey.of("chunked")).orElseThrow().plan()).isEqualTo(big);
    assertThat(hashOf("chunked")).isEqualTo(hashOf("whole"));
    String byDueDay = "select string_agg(d.due_date || ':' || d.activities, ',' order by"
        + " d.due_date) from activity_due_day d join plan p on p.id = d.plan_id"
        + " where p.key = '%s'";
    assertThat(text(String.format(byDueDay, "chunked")))
        .startsWith("2023-01-01:200,2023-01-02:200,")
        .isEqualTo(text(String.format(byDueDay, "whole")));
    assertThat(chunked.save(PlanKey.of("chunked"), streamOf(big)))
        .isEqualTo(new SavedRevision(PlanKey.of("chunked"), 1, false));
  }

  /** A chunk refused by the server, in the middle or the last one, ends the import. */
  @Test
  void aChunkTheServerRefusesEndsTheImportWithTheServersWordsAndStoresNothing()
      throws Exception {
    ActionPlan big = Plans1000.withActivities(20_000);
    String middle = big.activities().get(15_000).code();
    String last = big.activities().get(19_999).code();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("create function refuse() returns trigger language plpgsql as $$ begin"
          + " if new.code in ('" + middle + "', '" + last + "') and new.title like '%refuse'"
          + " then raise exception 'activity % refused here', new.code; end if;"
          + " return new; end $$");
      s.execute("create trigger refuse before insert on activity for each row"
          + " execute function refuse()");
    }
    JooqPlans chunked = chunked();

    for (String code : List.of(middle, last)) {
      ActionPlan refused = retitled(big, code, "refuse");
      assertThatThrownBy(() -> chunked.save(PlanKey.of("refused"), streamOf(refused)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("activity " + code + " refused here");
      assertThat(count("select count(*) from activity")).isZero();
      assertThat(count("select count(*) from section")).isZero();
    }
    assertThat(chunked.save(PlanKey.of("refused"), streamOf(big)))
        .isEqualTo(new SavedRevision(PlanKey.of("refused"), 1, true));
  }

  /** The plan with the activity {@code code} given a title ending in {@code suffix}. */
  private static ActionPlan retitled(ActionPlan plan, String code, String suffix) {
    List<Section> sections = plan.sections().stream().map(s -> Section.of(s.number(), s.title(),
        s.activities().stream().map(a -> !a.code().equals(code) ? a : Activity.of(a.code(),
            a.title() + " " + suffix, a.responsible(), a.deadline(), a.completionForm(),
            a.financing())).toList())).toList();
    return new ActionPlan(plan.title(), plan.language(), plan.period(),
        ImmutableList.copyOf(sections), plan.executors(), plan.precedences());
  }

  /**
   * Sections without activities, some of long titles, before the first activity, between and after
   * the last: a chunk is handed on after a section too, and each comes back where it stood.
   */
  @Test
  void sectionsWithoutActivitiesAndOfLongTitlesComeBackWhereTheyStood() {
    ActionPlan big = Plans1000.withActivities(2_000);
    String longTitle = "Бөлімнің ұзын атауы ".repeat(1_500);
    List<Section> sections = new java.util.ArrayList<>();
    sections.add(Section.of("0", longTitle, List.of()));
    for (Section s : big.sections()) {
      sections.add(s);
      if (s.number().endsWith("0")) {
        sections.add(Section.of(s.number() + "a", longTitle, List.of()));
      }
    }
    for (int i = 0; i < 30; i++) {
      sections.add(Section.of("end " + i, longTitle, List.of()));
    }
    ActionPlan plan = new ActionPlan(big.title(), big.language(), big.period(),
        ImmutableList.copyOf(sections), big.executors(), big.precedences());
    ActionPlan none = new ActionPlan(big.title(), big.language(), big.period(),
        ImmutableList.of(Section.of("1", longTitle, List.of()), Section.of("2", "Бос", List.of())),
        big.executors(), ImmutableList.of());
    JooqPlans chunked = chunked();

    chunked.save(PlanKey.of("sections"), streamOf(plan));
    chunked.save(PlanKey.of("none"), streamOf(none));

    assertThat(store.latest(PlanKey.of("sections")).orElseThrow().plan()).isEqualTo(plan);
    assertThat(store.latest(PlanKey.of("none")).orElseThrow().plan()).isEqualTo(none);
    assertThat(count("select count(distinct s.cmin::text) from section s join plan p"
        + " on p.id = s.plan_id where p.key = 'sections'")).isGreaterThan(20);
  }

  private String text(String sql) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void progressOnAPlanIsRecordedWhileANewRevisionOfItIsBeingRead() throws Exception {
    ActionPlan seed = SeedPlan.plan();
    PlanKey key = PlanKey.of("busy");
    store.save(key, seed);
    ActionPlan retitled = new ActionPlan("another title", seed.language(), seed.period(),
        seed.sections(), seed.executors(), seed.precedences());
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      PlanStream slow = parts -> {
        streamOf(retitled).readInto(parts);
        // the plan is not locked while its document is read: another writer goes on
        try {
          other.submit(() -> store.record(key, new ProgressChange("1.1", Status.DONE,
              LocalDate.of(2023, 10, 1), "ХСД", ""))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError("progress waited for the import", e);
        }
      };

      assertThat(store.save(key, slow)).isEqualTo(new SavedRevision(key, 2, true));
      assertThat(store.progress(key).events()).hasSize(1);
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void twoImportsOfOnePlanReadAtOnceBecomeTwoRevisions() throws Exception {
    ActionPlan seed = SeedPlan.plan();
    PlanKey key = PlanKey.of("both");
    store.save(key, seed);
    java.util.concurrent.CyclicBarrier bothReading = new java.util.concurrent.CyclicBarrier(2);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<SavedRevision>> saved = new java.util.ArrayList<>();
      for (String title : List.of("first title", "second title")) {
        ActionPlan retitled = new ActionPlan(title, seed.language(), seed.period(),
            seed.sections(), seed.executors(), seed.precedences());
        saved.add(two.submit(() -> store.save(key, parts -> {
          parts.header(retitled.title(), retitled.language(), retitled.period());
          try {
            // both have begun their transactions and their copies before either goes on
            bothReading.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          retitled.executors().entries().forEach(parts::executor);
          for (Section s : retitled.sections()) {
            parts.section(s.number(), s.title());
            s.activities().forEach(parts::activity);
          }
        })));
      }
      List<Integer> numbers = new java.util.ArrayList<>();
      for (var f : saved) {
        numbers.add(f.get(60, TimeUnit.SECONDS).revision());
      }

      assertThat(numbers).containsExactlyInAnyOrder(2, 3);
      assertThat(store.revisions(key)).extracting(r -> r.activities()).containsExactly(47, 47, 47);
      assertThat(store.revision(key, 2).orElseThrow().plan().activities()).hasSize(47);
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aTextTheServerCannotKeepIsRefusedBeforeAnythingIsWritten() {
    ActionPlan seed = SeedPlan.plan();
    ActionPlan nul = new ActionPlan("a \u0000 title", seed.language(), seed.period(),
        seed.sections(), seed.executors(), seed.precedences());

    assertThatThrownBy(() -> store.save(PlanKey.of("nul"), streamOf(nul)))
        .isInstanceOf(UnstorableTextException.class);
    assertThat(store.list()).isEmpty();
  }

  private long count(String sql) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private String hashOf(String key) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select r.content_hash from revision r join plan p"
            + " on p.id = r.plan_id where p.key = '" + key + "'")) {
      r.next();
      return r.getString(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
