package org.oncograph.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.oncograph.Chromium;
import org.oncograph.GraphTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works with no route to any other host: Debian's headless Chromium, with every
 * host name but localhost unresolvable and every other address behind a proxy that does
 * not answer, loads {@code /graphiql}, shows the example tabs, runs the first example and
 * opens the docs explorer; every resource the page loaded came from the app. Leaves
 * {@code target/screenshots/graphiql-*.png}. Skipped, saying so, without Chromium.
 */
@GraphTest
class GraphiQlBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Test
	void loadsRunsAnExampleAndOpensTheDocsWithNoOtherHostReachable() throws IOException {
		Path profile = Files.createTempDirectory("oncograph-graphiql-");
		// No other host: names other than localhost do not resolve, addresses go to a
		// dead proxy.
		var browser = Chromium.start(profile, "1400,900", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
				"--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=localhost");
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
