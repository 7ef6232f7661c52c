package org.oncograph.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the writers make of hostile stored text: GraphML that parses whatever the store
 * holds, CSV cells a spreadsheet shows instead of running.
 */
@Tag("rules")
class FormatsTests {

	/** Every character XML 1.0 forbids, a lone surrogate of each half, and markup. */
	static final String HOSTILE = "a\u0000b\u0001\u0008\u000B\u000C\u001F\uDFFF\uD800\uFFFE\uFFFF</data>&<x y=\"'\u202E";

	static Subgraph hostile() {
		return new Subgraph(
				List.of(new Subgraph.Node("topic:" + HOSTILE, "TOPIC", HOSTILE, "=HYPERLINK(\"x\")"),
						new Subgraph.Node("topic:b", "TOPIC", "@SUM(A1)", "-2+3")),
				List.of(new Subgraph.Edge("topic:" + HOSTILE, "topic:b", "ABOUT", "+cmd|' /C calc'!A0", "\tTab", "\rCR",
						List.of("source:001"), List.of(HOSTILE))));
	}

	@Test
	void graphMlIsWellFormedWhateverTheStoreHolds() throws Exception {
		var out = new ByteArrayOutputStream();
		Formats.graphml(hostile(), out);
		Document graphml = ExportTests.parse(out.toByteArray());
		var node = (Element) graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "node").item(0);
		String expected = "a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD</data>&<x y=\"'\u202E";
		assertThat(node.getAttribute("id")).isEqualTo("topic:" + expected);
		assertThat(graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "data").item(2).getTextContent())
			.isEqualTo(expected);
		var edge = (Element) graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "edge").item(0);
		assertThat(edge.getAttribute("source")).isEqualTo("topic:" + expected);
	}

	@Test
	void xmlTextKeepsWhatXmlAllows() {
		String allowed = "tab\tline\nreturn\r Андрей 北京 😀 \uE000 \uFFFD";
		assertThat(Formats.xmlText(allowed)).isSameAs(allowed);
		assertThat(Formats.xmlText("😀\u0000")).isEqualTo("😀\uFFFD");
	}

	@Test
	void csvCellsThatWouldBeFormulasStartWithAnApostrophe() throws Exception {
		var nodes = new ByteArrayOutputStream();
		Formats.nodesCsv(hostile(), nodes);
		assertThat(nodes.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"x\"\")\"")
			.contains(",'@SUM(A1),'-2+3\r\n");
		var edges = new ByteArrayOutputStream();
		Formats.edgesCsv(hostile(), edges);
		assertThat(edges.toString(StandardCharsets.UTF_8)).contains(",'+cmd|' /C calc'!A0,'\tTab,\"'\rCR\",");
		for (String cell : List.of("=1", "+1", "-1", "@1", "\t1", "\r1")) {
			assertThat(Formats.neutralized(cell)).isEqualTo("'" + cell);
		}
		for (String cell : List.of("", "1", "Андрей", " =1", "a=b", "'quoted")) {
			assertThat(Formats.neutralized(cell)).isSameAs(cell);
		}
	}

}
