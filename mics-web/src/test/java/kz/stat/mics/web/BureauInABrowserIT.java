package kz.stat.mics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import kz.stat.mics.domain.port.PlanSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bureau's day in a real browser (Debian's chromium and chromium-driver, headless): an admin
 * imports the plan, an editor of ХСД records 11.2 as done from "my department", the plan page
 * shows the bar green and one overdue activity fewer, and a viewer sees the same without a form.
 */
class BureauInABrowserIT {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  @TempDir
  static Path dir;
  static Bureau bureau;
  static WebDriver browser;

  @BeforeAll
  static void start() {
    boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      org.junit.jupiter.api.Assumptions.assumeTrue(installed,
          "Debian's chromium and chromium-driver are not installed");
    }
    assertThat(installed).as("chromium and chromium-driver must be installed in CI").isTrue();
    bureau = Bureau.open(dir, false);
    // The system's driver, never one that Selenium Manager would try to download.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
            "--disable-gpu", "--lang=en-US", "--window-size=1400,1000");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (bureau != null) {
      bureau.close();
    }
  }

  private void signIn(String name) {
    browser.get(bureau.base + "/login");
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(Bureau.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    assertThat(browser.findElement(By.cssSelector(".who")).getText()).startsWith(name + " (");
  }

  private void signOut() {
    browser.findElement(By.id("sign-out")).click();
    arrivedAt("/login?out");
    assertThat(browser.getCurrentUrl()).endsWith("/login?out");
  }

  /** Waits until the browser has followed a click to a page whose address contains {@code part}. */
  private void arrivedAt(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
  }

  private int overdue() {
    return Integer.parseInt(browser.findElement(By.cssSelector("[data-count=overdue] .n"))
        .getText());
  }

  private String bar(String code) {
    return browser.findElement(By.cssSelector("rect.bar[data-code='" + code + "']"))
        .getAttribute("data-state");
  }

  private String barColour(String code) {
    return browser.findElement(By.cssSelector("rect.bar[data-code='" + code + "']"))
        .getCssValue("fill");
  }

  @Test
  void anAdminImportsAnEditorRecordsAndEveryoneSeesIt() {
    signIn("admin");
    browser.findElement(By.id("import")).click();
    browser.findElement(By.id("document")).sendKeys(Bureau.SEED.toAbsolutePath().normalize()
        .toString());
    browser.findElement(By.id("check")).click();
    assertThat(browser.findElement(By.id("counts")).getText())
        .isEqualTo("47 Activities, 1 findings");
    browser.findElement(By.id("store")).click();
    arrivedAt("/plans/mics-2023-2025.kk");
    assertThat(bureau.root.catalog().plans()).extracting(PlanSummary::latestRevision)
        .containsExactly(1);
    int before = overdue();
    assertThat(bar("11.2")).isEqualTo("overdue");
    signOut();

    signIn("ainur");
    browser.findElement(By.id("my")).click();
    assertThat(browser.findElements(By.cssSelector("#mine a[data-code='11.2']"))).hasSize(1);
    browser.findElement(By.cssSelector("#mine a[data-code='11.2']")).click();
    new Select(browser.findElement(By.id("new-status"))).selectByValue("done");
    browser.findElement(By.id("record-button")).click();
    assertThat(browser.findElement(By.id("message")).getText()).startsWith("Recorded: event #1");
    browser.get(bureau.base + "/plans/mics-2023-2025.kk");
    assertThat(bar("11.2")).isEqualTo("done");
    assertThat(barColour("11.2")).isEqualTo("rgb(46, 125, 50)");
    assertThat(overdue()).isEqualTo(before - 1);
    signOut();

    signIn("viewer");
    browser.get(bureau.base + "/plans/mics-2023-2025.kk");
    assertThat(bar("11.2")).isEqualTo("done");
    assertThat(overdue()).isEqualTo(before - 1);
    browser.get(bureau.base + "/plans/mics-2023-2025.kk/activities/11.2");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Done");
    assertThat(browser.findElements(By.id("record"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("#history tbody tr td:nth-child(5)")).getText())
        .isEqualTo("ainur");
  }
}
