package org.oncograph.view;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.oncograph.Chromium;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;
import org.neo4j.driver.Driver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer in a real browser: Debian's headless Chromium driven through
 * {@code /usr/bin/chromedriver} (never a downloaded browser or driver), one browser for
 * the whole class. Each test leaves a screenshot in {@code target/screenshots/}. Skipped,
 * saying so, when Chromium is not installed
 * ({@code apt-get install -y chromium chromium-driver}).
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
class ViewerBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String KONDRATOVICH = "person:kondratovich-viktor";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	WebDriver browser;

	Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("oncograph-chromium-");
		this.browser = Chromium.start(this.profile, "1280,860");
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@AfterEach
	void screenshot(TestInfo test) throws IOException {
		if (this.browser != null) {
			Path shot = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Test
	void aPageLoadsAndShowsTheNeighbourhoodOfItsFocusWithoutConsoleErrors() {
		open("/view?focus=" + KONDRATOVICH + "&depth=2&lang=en");
		// cities and countries only next to the focus, by default
		assertThat(nodeIds()).hasSize(expectedNodes(KONDRATOVICH, 2, false).size())
			.containsExactlyInAnyOrderElementsOf(expectedNodes(KONDRATOVICH, 2, false))
			.contains(KONDRATOVICH, "institution:minsk-city-clinical-oncology-center");
		assertThat((String) js("return view().cy.getElementById(arguments[0]).data('label')", KONDRATOVICH))
			.isEqualTo("Viktor Kondratovich");
		assertThat((Boolean) js("return view().cy.getElementById(arguments[0]).hasClass('focus')", KONDRATOVICH))
			.isTrue();
		assertThat((String) js("return view().shadowRoot.querySelector('.legend').textContent")).contains("Person",
				"Institution", "Event", "Country");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void bClickingANodeOpensThePanelWithItsSourcesAndTheirWords() {
		open("/view?focus=" + KONDRATOVICH + "&depth=2&lang=en");
		clickNode(KONDRATOVICH, null);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> (Boolean) js("return !view().shadowRoot.querySelector('.panel').hidden"));
		String panel = (String) js("return view().shadowRoot.querySelector('.panel').textContent");
		assertThat(panel).contains("Viktor Kondratovich", KONDRATOVICH, "Sources", "source:000",
				"главный врач УЗ «Минский городской клинический онкологический центр» Виктор Кондратович");
		((WebElement) js("return view().shadowRoot.querySelector('button.fit')")).click();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void cDoubleClickingANodeAddsItsNeighbours() {
		open("/view?focus=" + KONDRATOVICH + "&depth=1");
		List<String> before = nodeIds();
		String event = "event:2025-round-table-minsk";
		// What Cytoscape makes of the clicks, for the failure message.
		js("""
				window.taps = [];
				view().cy.on('tap dbltap', (e) => window.taps.push(e.type + ' on ' + (e.target === view().cy ? 'the background'
				  : e.target.id()) + ' at ' + Math.round(e.renderedPosition.x) + ',' + Math.round(e.renderedPosition.y)));""");
		doubleClickNode(event);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.withMessage(() -> "no neighbours added; Cytoscape saw " + js("return window.taps"))
			.until(driver -> nodeIds().size() > before.size());
		waitUntilReady();
		assertThat(nodeIds()).containsAll(before).containsAll(expectedNodes(event, 1));
		assertThat((Boolean) js("return view().cy.getElementById(arguments[0]).data('expanded') === true", event))
			.isTrue();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void dShiftClickingTwoNodesHighlightsTheShortestCollaborationPath() {
		open("/view?focus=" + KONDRATOVICH + "&depth=2");
		String to = "person:sivets-sergey";
		clickNode(KONDRATOVICH, Keys.SHIFT);
		clickNode(to, Keys.SHIFT);
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> ((Number) js("return view().cy.$('edge.path').length")).intValue() > 0);
		waitUntilReady();
		Map<String, Object> expected = GraphQlOverHttp.graphQl(this.port)
			.document("{ pathGraph(from: \"" + KONDRATOVICH + "\", to: \"" + to + "\") { nodes { id } edges { id } } }")
			.execute()
			.path("pathGraph")
			.entity(Map.class)
			.get();
		@SuppressWarnings("unchecked")
		List<String> expectedIds = ((List<Map<String, String>>) expected.get("nodes")).stream()
			.map(n -> n.get("id"))
			.toList();
		@SuppressWarnings("unchecked")
		List<String> expectedEdges = ((List<Map<String, String>>) expected.get("edges")).stream()
			.map(e -> e.get("id"))
			.toList();
		assertThat(strings(js("return view().cy.$('node.path').map(n => n.id())")))
			.containsExactlyInAnyOrderElementsOf(expectedIds)
			.contains(KONDRATOVICH, to);
		assertThat(strings(js("return view().cy.$('edge.path').map(e => e.id())")))
			.containsExactlyInAnyOrderElementsOf(expectedEdges);
		assertThat(((Number) js("return view().cy.$('.faded').length")).intValue()).isPositive();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void eTheSearchBoxJumpsToAnEntity() {
		open("/view?focus=" + KONDRATOVICH + "&depth=1");
		WebElement search = (WebElement) js("return view().shadowRoot.querySelector('input[type=search]')");
		search.sendKeys("Kaprin");
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(driver -> (Boolean) js(
				"return !!view().shadowRoot.querySelector('.hits li[data-id=\"person:kaprin-andrey\"]')"));
		((WebElement) js("return view().shadowRoot.querySelector('.hits li[data-id=\"person:kaprin-andrey\"]')"))
			.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> "person:kaprin-andrey".equals(js("return view().getAttribute('focus')"))
					&& "ready".equals(js("return view().dataset.state")));
		assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(expectedNodes("person:kaprin-andrey", 1));
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void fTheElementAndThePageWorkEmbeddedInAPageOfAnotherOrigin() throws IOException {
		String app = "http://localhost:" + this.port;
		String page = """
				<!doctype html>
				<html lang="ru"><head><meta charset="utf-8"><title>Partner site</title><link rel="icon" href="data:,"></head>
				<body style="font-family: sans-serif; margin: 16px">
				<h1>Партнёрский сайт</h1>
				<script src="%1$s/view/oncograph-view.js"></script>
				<oncograph-view focus="%2$s" depth="1" lang="ru" api="%1$s/graphql" style="height: 420px"></oncograph-view>
				<iframe src="%1$s/view?focus=%2$s&amp;depth=1" style="width: 100%%; height: 300px; border: 1px solid #ccc"></iframe>
				</body></html>"""
			.formatted(app, KONDRATOVICH);
		HttpServer partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		partner.createContext("/", exchange -> {
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (var out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		partner.start();
		try {
			this.browser.get("http://127.0.0.1:" + partner.getAddress().getPort() + "/");
			waitUntilReady();
			assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(expectedNodes(KONDRATOVICH, 1));
			assertThat((String) js("return view().cy.getElementById(arguments[0]).data('label')", KONDRATOVICH))
				.isEqualTo("Виктор Кондратович");
			this.browser.switchTo().frame(0);
			waitUntilReady();
			assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(expectedNodes(KONDRATOVICH, 1));
			this.browser.switchTo().defaultContent();
			assertThat(consoleErrors()).isEmpty();
		}
		finally {
			partner.stop(0);
		}
	}

	@Test
	void gAnUnknownFocusSaysThatNoSuchEntityIsInTheGraph() {
		this.browser.get("http://localhost:" + this.port + "/view?focus=person:nobody-at-all&depth=2&lang=en");
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(driver -> "error"
			.equals(js("return document.querySelector('oncograph-view') && view().dataset.state")));
		String status = (String) js("return view().shadowRoot.querySelector('.status').textContent");
		assertThat(status).startsWith("Not in the graph (an unknown id, or a retracted entity)")
			.contains("person:nobody-at-all")
			.doesNotContain("did not answer");
		consoleErrors();
	}

	/**
	 * The case: a depth-3 view of the best-connected institution was 88 nodes and
	 * 151 edges of small overlapping labels, mostly the cities of a country. By default
	 * places are only the focus's own; the toggle brings the far ones back (and takes
	 * them away again).
	 */
	@Test
	void hADepthThreeViewOfTheBestConnectedInstitutionKeepsPlacesNearTheFocusUntilToggled() throws IOException {
		String institution = GraphViewApiTests.bestConnectedInstitution(this.driver);
		open("/view?focus=" + institution + "&depth=3&lang=en");
		List<String> near = expectedNodes(institution, 3, false);
		assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(near);
		assertThat(farPlaces(institution)).isEmpty();
		assertThat((Boolean) js("return view().shadowRoot.querySelector('input.geography').checked")).isFalse();
		assertThat((String) js("return view().shadowRoot.querySelector('.toggle').textContent"))
			.isEqualTo("All places");
		assertLabelsReadable(institution);
		shot("depth3-institution");

		((WebElement) js("return view().shadowRoot.querySelector('input.geography')")).click();
		waitUntilReady();
		List<String> all = expectedNodes(institution, 3, true);
		assertThat(all).hasSizeGreaterThan(near.size());
		assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(all);
		assertThat(farPlaces(institution)).isNotEmpty();
		assertThat((String) js("return view().getAttribute('geography')")).isEqualTo("all");
		assertLabelsReadable(institution);
		shot("depth3-institution-all-places");

		((WebElement) js("return view().shadowRoot.querySelector('input.geography')")).click();
		waitUntilReady();
		assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(near);
		assertThat(consoleErrors()).isEmpty();
	}

	/**
	 * Labels adapt to zoom and crowding: with every place shown (the most crowded view),
	 * zooming in shows labels that gave way at the fitted zoom, still without overlaps.
	 */
	@Test
	void iLabelsGiveWayWhenCrowdedAndComeBackWhenZoomedIn() {
		String institution = GraphViewApiTests.bestConnectedInstitution(this.driver);
		open("/view?focus=" + institution + "&depth=3&lang=en&geography=all");
		Map<String, Object> fitted = assertLabelsReadable(institution);
		assertThat(((Number) fitted.get("quiet")).intValue()).as("crowded labels give way").isPositive();
		js("""
				const cy = view().cy;
				window.gaveWay = cy.nodes('.quiet').map(n => n.id());
				window.zoomedIn = cy.zoom() * 3;""");
		// Zoomed in again at each try: on a busy machine a late fit of the layout can
		// undo the first zoom.
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).withMessage("no label that gave way came back")
			.until(driver -> ((Number) js("""
					const cy = view().cy;
					if (cy.zoom() < window.zoomedIn * 0.99) {
					  cy.zoom({ level: window.zoomedIn, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
					}
					return cy.nodes().filter(n => window.gaveWay.includes(n.id()) && !n.hasClass('quiet')).length;"""))
				.intValue() > 0);
		assertLabelsReadable(institution);
		assertThat(consoleErrors()).isEmpty();
	}

	/**
	 * The whole name of a node whose label is cut on the canvas, on hover: in a tooltip
	 * that is the graph's accessible description; gone when the pointer leaves the graph.
	 */
	@Test
	void jHoveringANodeShowsItsWholeName() throws IOException {
		String institution = GraphViewApiTests.bestConnectedInstitution(this.driver);
		open("/view?focus=" + institution + "&depth=3&lang=en");
		String longest = (String) js(
				"return view().cy.nodes().not('.focus').max(n => n.data('label').length).ele.id()");
		String name = (String) js("return view().cy.getElementById(arguments[0]).data('label')", longest);
		assertThat(name).hasSizeGreaterThan(25);
		List<Number> at = nodePosition(longest);
		new Actions(this.browser).moveToLocation(at.get(0).intValue() - 40, at.get(1).intValue() - 40)
			.moveToLocation(at.get(0).intValue(), at.get(1).intValue())
			.pause(Duration.ofMillis(200))
			.perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(driver -> (Boolean) js("return !view().shadowRoot.querySelector('.tip').hidden"));
		WebElement tip = (WebElement) js("return view().shadowRoot.querySelector('.tip')");
		assertThat(tip.getText()).startsWith(name);
		assertThat(tip.getDomAttribute("role")).isEqualTo("tooltip");
		assertThat((String) js("return view().shadowRoot.querySelector('.graph').getAttribute('aria-describedby')"))
			.isEqualTo(tip.getDomAttribute("id"));
		// its label is drawn even if it gave way to others
		assertThat(((Number) js("return view().cy.getElementById(arguments[0]).pstyle('text-opacity').value", longest))
			.doubleValue()).isEqualTo(1.0);
		shot("depth3-hover-whole-name");
		new Actions(this.browser).moveToLocation(5, 5).perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(driver -> (Boolean) js("return view().shadowRoot.querySelector('.tip').hidden"));
		assertThat(consoleErrors()).isEmpty();
	}

	/**
	 * Opening the panel fits the graph into the room left: every node stays in view and
	 * none is under the panel; closing it fits the graph to the whole width again.
	 */
	@Test
	void kThePanelOpensAndClosesWithoutCoveringTheGraph() throws IOException {
		String institution = GraphViewApiTests.bestConnectedInstitution(this.driver);
		open("/view?focus=" + institution + "&depth=3&lang=en");
		assertThat(nodesOutOfView()).isEmpty();
		double fitted = ((Number) js("return view().cy.zoom()")).doubleValue();
		List<Number> at = nodePosition(institution, false);
		new Actions(this.browser).moveToLocation(at.get(0).intValue(), at.get(1).intValue())
			.pause(Duration.ofMillis(200))
			.click()
			.perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> (Boolean) js("return !view().shadowRoot.querySelector('.panel').hidden"));
		assertThat(nodesOutOfView()).isEmpty();
		assertThat(((Number) js("""
				const graph = view().shadowRoot.querySelector('.graph').getBoundingClientRect();
				const panel = view().shadowRoot.querySelector('.panel').getBoundingClientRect();
				return panel.left - graph.right;""")).doubleValue()).isGreaterThanOrEqualTo(-0.5);
		assertLabelsReadable(institution);
		double withPanel = ((Number) js("return view().cy.zoom()")).doubleValue();
		assertThat(withPanel).isLessThanOrEqualTo(fitted);
		shot("depth3-panel-open");
		((WebElement) js("return view().shadowRoot.querySelector('.close')")).click();
		assertThat((Boolean) js("return view().shadowRoot.querySelector('.panel').hidden")).isTrue();
		assertThat(nodesOutOfView()).isEmpty();
		assertThat(((Number) js("return view().cy.zoom()")).doubleValue()).isGreaterThanOrEqualTo(withPanel);
		assertThat(consoleErrors()).isEmpty();
	}

	/** Places (cities, countries) that are not direct neighbours of the focus. */
	List<String> farPlaces(String focus) {
		return strings(js("""
				const cy = view().cy;
				const focus = cy.getElementById(arguments[0]);
				return cy.nodes('[type = "CITY"], [type = "COUNTRY"]').filter(n => n.id() !== focus.id()
				  && n.edgesWith(focus).empty()).map(n => n.id());""", focus));
	}

	/**
	 * The labels as drawn (Cytoscape's own label boxes, on screen): how many are shown
	 * and how many gave way, the pairs of shown labels that overlap, the smallest label
	 * and the largest one besides the focus's (in screen pixels), the focus's.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> labels(String focus) {
		return (Map<String, Object>) js(
				"""
						const cy = view().cy;
						const only = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false,
						  includeUnderlays: false, includeOutlines: false };
						const shown = cy.nodes().filter(n => !n.hasClass('quiet') && n.pstyle('text-opacity').value > 0);
						const boxes = shown.map(n => [n.id(), n.renderedBoundingBox(only)]);
						const clashes = [];
						for (let i = 0; i < boxes.length; i++) {
						  for (let j = i + 1; j < boxes.length; j++) {
						    const a = boxes[i][1], b = boxes[j][1];
						    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) { clashes.push(boxes[i][0] + ' / ' + boxes[j][0]); }
						  }
						}
						const px = (n) => n.pstyle('font-size').pfValue * cy.zoom();
						const focus = cy.getElementById(arguments[0]);
						const others = cy.nodes().not(focus);
						return { shown: shown.length, quiet: cy.nodes('.quiet').length,
						  clashes, smallest: Math.min(...cy.nodes().map(px)), largestOther: Math.max(...others.map(px)), focus: px(focus),
						  focusShown: shown.contains(focus) };""",
				focus);
	}

	/**
	 * No two labels drawn overlap, none is smaller than 9 px on screen, the focus's is
	 * shown and the largest.
	 */
	Map<String, Object> assertLabelsReadable(String focus) {
		Map<String, Object> labels = labels(focus);
		assertThat(strings(labels.get("clashes"))).as("overlapping labels").isEmpty();
		assertThat(((Number) labels.get("shown")).intValue()).isGreaterThan(1);
		assertThat((Boolean) labels.get("focusShown")).isTrue();
		assertThat(((Number) labels.get("smallest")).doubleValue()).isGreaterThanOrEqualTo(9.0);
		assertThat(((Number) labels.get("focus")).doubleValue())
			.isGreaterThan(((Number) labels.get("largestOther")).doubleValue());
		return labels;
	}

	/** Nodes whose body is not wholly inside the graph's area on screen. */
	List<String> nodesOutOfView() {
		return strings(
				js("""
						const cy = view().cy;
						const graph = view().shadowRoot.querySelector('.graph');
						const body = { includeLabels: false, includeEdges: false, includeOverlays: false, includeUnderlays: false,
						  includeOutlines: false };
						return cy.nodes().filter(n => { const b = n.renderedBoundingBox(body);
						  return b.x1 < 0 || b.y1 < 0 || b.x2 > graph.clientWidth || b.y2 > graph.clientHeight; }).map(n => n.id());"""));
	}

	/**
	 * A screenshot once Cytoscape has drawn the last change: right after a zoom it shows
	 * the labels from its cached textures for a moment, scaled.
	 */
	void shot(String name) throws IOException {
		((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => done()), 500));""");
		Path shot = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		waitUntilReady();
	}

	void waitUntilReady() {
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(driver -> {
			Object state = js("return document.querySelector('oncograph-view') && view().dataset.state");
			if ("error".equals(state)) {
				throw new AssertionError(
						"viewer failed: " + js("return view().shadowRoot.querySelector('.status').textContent"));
			}
			return "ready".equals(state) && (Boolean) js("return !!view().cy");
		});
	}

	List<String> nodeIds() {
		return strings(js("return view().cy.nodes().map(n => n.id())"));
	}

	List<String> expectedNodes(String id, int depth) {
		return expectedNodes(id, depth, true);
	}

	List<String> expectedNodes(String id, int depth, boolean farGeography) {
		return GraphQlOverHttp.graphQl(this.port)
			.document("{ neighborhood(id: \"" + id + "\", depth: " + depth + ", farGeography: " + farGeography
					+ ") { nodes { id } } }")
			.execute()
			.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	/** Clicks a node where it is drawn (optionally with a modifier key held). */
	void clickNode(String id, Keys modifier) {
		List<Number> at = nodePosition(id);
		var actions = new Actions(this.browser).moveToLocation(at.get(0).intValue() - 40, at.get(1).intValue() - 40)
			.moveToLocation(at.get(0).intValue(), at.get(1).intValue())
			.pause(Duration.ofMillis(200));
		if (modifier != null) {
			actions.keyDown(modifier).click().keyUp(modifier).perform();
		}
		else {
			actions.click().perform();
		}
	}

	/**
	 * The pointer comes from elsewhere (as a hand's would), then two clicks 80 ms apart:
	 * Cytoscape's {@code dbltap}.
	 */
	void doubleClickNode(String id) {
		List<Number> at = nodePosition(id);
		new Actions(this.browser).moveToLocation(at.get(0).intValue() - 40, at.get(1).intValue() - 40)
			.moveToLocation(at.get(0).intValue(), at.get(1).intValue())
			.pause(Duration.ofMillis(200))
			.click()
			.pause(Duration.ofMillis(80))
			.click()
			.perform();
	}

	/**
	 * Where to click a node in the window, after centring the view on it as a user would,
	 * once Cytoscape's own hit test finds the node there (right after a layout it may not
	 * yet, and a click then lands on the background). The point is 3 px right of the
	 * centre: Cytoscape's point-in-polygon test casts a vertical ray, which at exactly
	 * the centre of a diamond (an event) runs through its top and bottom corners and,
	 * depending on the rounding of the layout's coordinates, misses the node (a third of
	 * the runs failed that way).
	 */
	List<Number> nodePosition(String id) {
		return nodePosition(id, true);
	}

	/** Where to click a node, as {@link #nodePosition(String)}, centring it or not. */
	@SuppressWarnings("unchecked")
	List<Number> nodePosition(String id, boolean centre) {
		return (List<Number>) ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const view = document.querySelector('oncograph-view');
				const node = view.cy.getElementById(arguments[0]);
				if (node.empty()) { throw new Error('no node ' + arguments[0]); }
				if (arguments[1]) { view.cy.center(node); }
				const started = Date.now();
				const check = () => {
				  const at = node.position();
				  const hit = view.cy.renderer().findNearestElement(at.x + 3 / view.cy.zoom(), at.y, true, false);
				  if ((hit && hit.id() === node.id()) || Date.now() - started > 5000) {
				    const box = view.shadowRoot.querySelector('.graph').getBoundingClientRect();
				    const drawn = node.renderedPosition();
				    done([Math.round(box.left + drawn.x + 3), Math.round(box.top + drawn.y)]);
				  } else {
				    requestAnimationFrame(() => setTimeout(check, 50));
				  }
				};
				requestAnimationFrame(() => requestAnimationFrame(check));""", id, centre);
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser)
			.executeScript("const view = () => document.querySelector('oncograph-view');\n" + script, arguments);
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object list) {
		return (List<String>) list;
	}

	/** The browser's console errors since the last call. */
	List<String> consoleErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::toString)
			.toList();
	}

}
