package org.oncograph.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.oncograph.GraphTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * GraphiQL works with no route to any other host: Debian's headless Chromium, with every
 * host name but localhost unresolvable and every other address behind a proxy that does
 * not answer, loads {@code /graphiql}, shows the example tabs, runs the first example and
 * opens the docs explorer; every resource the page loaded came from the app. Leaves
 * {@code target/screenshots/graphiql-*.png}. Skipped, saying so, without Chromium.
 */
@GraphTest
class GraphiQlBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Test
	void loadsRunsAnExampleAndOpensTheDocsWithNoOtherHostReachable() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
						+ " (install them with: apt-get install -y chromium chromium-driver)");
		Path profile = Files.createTempDirectory("oncograph-graphiql-");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile,
				// No other host: names other than localhost do not resolve, addresses go
				// to a dead proxy.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost", "--proxy-server=http://127.0.0.1:9",
				"--proxy-bypass-list=localhost");
		var logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		var browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
		try {
			var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			browser.get("http://localhost:" + this.port + "/graphiql?path=/graphql");
			wait.until(driver -> !driver.findElements(By.cssSelector(".graphiql-container .monaco-editor")).isEmpty());
			int examples = GraphiQlConfiguration.tabs().split("\\{query: ").length - 1;
			assertThat(browser.findElements(By.cssSelector(".graphiql-tab"))).hasSize(examples);
			shoot(browser, "graphiql-loaded");

			browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
			wait.until(driver -> text(driver, ".graphiql-response").contains("Каприн"));
			assertThat(text(browser, ".graphiql-response")).contains("\"search\"", "person:kaprin-andrey");
			shoot(browser, "graphiql-ran-example");

			browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
			wait.until(driver -> text(driver, ".graphiql-doc-explorer").contains("Query"));
			browser.findElement(By.xpath("//*[contains(@class,'graphiql-doc-explorer')]//a[text()='Query']")).click();
			wait.until(driver -> text(driver, ".graphiql-doc-explorer").contains("collaborationPaths"));
			shoot(browser, "graphiql-docs");

			@SuppressWarnings("unchecked")
			List<String> loaded = (List<String>) ((JavascriptExecutor) browser)
				.executeScript("return performance.getEntriesByType('resource').map(entry => entry.name)");
			assertThat(loaded).isNotEmpty()
				.allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + this.port + "/"));
			assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
				.filteredOn(entry -> entry.getLevel() == Level.SEVERE && !entry.getMessage().contains("/favicon.ico"))
				.isEmpty();
		}
		finally {
			browser.quit();
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	private static String text(org.openqa.selenium.WebDriver driver, String selector) {
		var found = driver.findElements(By.cssSelector(selector));
		return found.isEmpty() ? "" : found.getFirst().getText();
	}

	private static void shoot(ChromeDriver browser, String name) throws IOException {
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
