package kz.stat.mics.domain.application;

import static kz.stat.mics.domain.application.NamedDocuments.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.account.NotAllowedException;
import kz.stat.mics.domain.account.Role;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.fixtures.InMemoryAccounts;
import kz.stat.mics.domain.fixtures.InMemoryPlans;
import kz.stat.mics.domain.fixtures.PlainPasswordHashes;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.TimeSource;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;
import org.junit.jupiter.api.Test;

/** Who may do what, on the real plan: the rights live in the use cases. */
class AccountsAndRightsTest {
  private static final String FILE = "plans/mics-2023-2025.kk.txt";
  private static final PlanKey KEY = PlanKey.of("mics-2023-2025.kk");
  private static final TimeSource AUGUST_1 = TimeSource.fixed(Instant.parse("2024-08-01T04:00:00Z"));
  private static final Actor OPERATOR = Actor.operator("operator");
  private static final Actor ADMIN = Actor.signedIn(Account.of("admin", Role.ADMIN, List.of()));
  private static final Actor VIEWER = Actor.signedIn(Account.of("viewer", Role.VIEWER, List.of()));
  private static final Actor POPULATION = Actor.signedIn(Account.of("ainur", Role.EDITOR,
      List.of("ХСД")));
  private static final Actor REGISTERS = Actor.signedIn(Account.of("bolat", Role.EDITOR,
      List.of("СТЖД")));

  private final InMemoryPlans plans = new InMemoryPlans(AUGUST_1);
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final ImportDocument importer = new ImportDocument(plans,
      new NamedDocuments().with(FILE, SeedPlan.plan()));
  private final RecordProgress progress = new RecordProgress(plans, AUGUST_1);
  private final ManageAccounts manage = new ManageAccounts(accounts, new PlainPasswordHashes(),
      AUGUST_1);
  private final SignIn signIn = new SignIn(accounts, new PlainPasswordHashes());

  @Test
  void onlyAnAdminOrTheOperatorImports() {
    assertThatThrownBy(() -> importer.importDocument(POPULATION, source(FILE), Optional.empty()))
        .isInstanceOf(NotAllowedException.class).hasMessage("ainur may not import documents");
    assertThatThrownBy(() -> importer.importDocument(VIEWER, source(FILE), Optional.empty()))
        .isInstanceOf(NotAllowedException.class);
    assertThat(plans.list()).isEmpty();
    assertThat(importer.importDocument(ADMIN, source(FILE), Optional.empty()).revision())
        .isEqualTo(1);
  }

  @Test
  void anEditorRecordsOnActivitiesOfItsExecutorsUnderItsOwnName() {
    importer.importDocument(OPERATOR, source(FILE), Optional.empty());
    // 11.2 names the territorial divisions and ХСД (co-executor): the population department may.
    ProgressEvent e = progress.record(POPULATION, step("11.2", "someone else"));
    assertThat(e.actor()).isEqualTo("ainur");
    // The registers department (СТЖД) is not named on 11.2.
    assertThatThrownBy(() -> progress.record(REGISTERS, step("11.2", "bolat")))
        .isInstanceOf(NotAllowedException.class)
        .hasMessage("bolat may not record progress on 11.2: it is not an activity of their"
            + " executors");
    // 6.1 names ХСД and СТЖД: either department may.
    assertThat(progress.record(REGISTERS, step("6.1", "")).actor()).isEqualTo("bolat");
    assertThat(plans.progress(KEY).events()).hasSize(2);
  }

  @Test
  void anEditorOfThePopulationDepartmentMayNotRecordOnAnActivityOfTheRegistersAlone() {
    PlanKey key = PlanKey.of("registers");
    Deadline may = Deadline.of("Мамыр 2024", List.of(Window.months(YearMonth.of(2024, 5),
        YearMonth.of(2024, 5))));
    plans.save(key, ActionPlan.of("Тіркелім", Language.KK, YearRange.of(2024, 2024),
        List.of(Section.of("1", "Тіркелім", List.of(
            Activity.of("1.1", "Тіркелімді жаңарту", List.of("СТЖД"), may, "", Financing.of("РБ"))))),
        ExecutorDirectory.of(List.of())));
    RecordProgress.Step s = new RecordProgress.Step(key, ActivityCode.of("1.1"), Status.DONE,
        Optional.empty(), "", "", OptionalLong.empty());
    assertThatThrownBy(() -> progress.record(POPULATION, s))
        .isInstanceOf(NotAllowedException.class);
    assertThat(progress.record(REGISTERS, s).on()).isEqualTo(LocalDate.of(2024, 8, 1));
  }

  @Test
  void aViewerRecordsNothingAndAnAdminAnything() {
    importer.importDocument(OPERATOR, source(FILE), Optional.empty());
    assertThatThrownBy(() -> progress.record(VIEWER, step("11.2", "")))
        .isInstanceOf(NotAllowedException.class);
    assertThat(progress.record(ADMIN, step("15.1", "")).actor()).isEqualTo("admin");
    assertThat(progress.record(OPERATOR, step("15.1", "")).actor()).isEqualTo("operator");
  }

  @Test
  void accountsAreManagedByAdminsAndSignInByPasswordOrToken() {
    manage.add(OPERATOR, Account.of("ainur", Role.EDITOR, List.of("ХСД")), "correct horse");
    assertThatThrownBy(() -> manage.add(POPULATION, Account.of("x", Role.VIEWER, List.of()),
        "12345678")).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> manage.add(ADMIN, Account.of("y", Role.VIEWER, List.of()), "short"))
        .isInstanceOf(AccountException.class)
        .hasMessage("a password has at least 8 characters");

    assertThat(signIn.withPassword("ainur", "correct horse")).map(Account::name).contains("ainur");
    assertThat(signIn.withPassword("ainur", "wrong horse")).isEmpty();
    assertThat(signIn.withPassword("nobody", "correct horse")).isEmpty();

    manage.changePassword(POPULATION, "ainur", "battery staple");
    assertThat(signIn.withPassword("ainur", "battery staple")).isPresent();

    ManageAccounts.IssuedToken t = manage.issueToken(ADMIN, "ainur", "script");
    assertThat(signIn.withToken(t.secret())).map(Account::name).contains("ainur");
    assertThat(accounts.tokens().get(0).label()).isEqualTo("script");
    manage.revokeToken(ADMIN, t.token().id());
    assertThat(signIn.withToken(t.secret())).isEmpty();
    assertThatThrownBy(() -> manage.revokeToken(ADMIN, t.token().id()))
        .isInstanceOf(AccountException.class).hasMessage("no API token 1 is in use");

    manage.disable(ADMIN, "ainur");
    assertThat(signIn.withPassword("ainur", "battery staple")).isEmpty();
    assertThat(signIn.current("ainur")).isEmpty();
  }

  @Test
  void aTokenIsStoredAsItsSha256() {
    assertThat(ManageAccounts.tokenHash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static RecordProgress.Step step(String code, String actor) {
    return new RecordProgress.Step(KEY, ActivityCode.of(code), Status.DONE, Optional.empty(),
        actor, "", OptionalLong.empty());
  }
}
