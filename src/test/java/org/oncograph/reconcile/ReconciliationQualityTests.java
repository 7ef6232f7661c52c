package org.oncograph.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.oncograph.GraphTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the names of the five source documents reconcile, in one batch as OpenRefine
 * sends it: written as the documents write them (their case forms), in other case forms,
 * in Latin, with a typo, and with a city constraint ({@code reconcile/quality.tsv}). At
 * least {@value #TARGET} of them must have the right entity at the top, and no wrong
 * candidate may be a {@code match}. The table is written to
 * {@code target/reconcile-quality.md}.
 */
@GraphTest
class ReconciliationQualityTests {

	static final double TARGET = 0.95;

	record Row(String how, String query, String type, String property, String value, String expected) {
	}

	@Test
	void reconcilesTheDocumentsNamesInOneBatch(@LocalServerPort int port) throws IOException {
		List<Row> rows = rows();
		ObjectNode batch = ReconcileClient.JSON.createObjectNode();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			ObjectNode query = batch.putObject("q" + i).put("query", row.query()).put("type", row.type());
			if (!row.property().isEmpty()) {
				query.putArray("properties").addObject().put("pid", row.property()).put("v", row.value());
			}
		}
		SpecSchemas.assertValid("reconciliation-query-batch.json", batch);
		JsonNode answer = new ReconcileClient(port).form("queries", batch.toString());
		SpecSchemas.assertValid("reconciliation-result-batch.json", answer);

		int correct = 0;
		int matched = 0;
		List<String> wrongMatches = new ArrayList<>();
		StringBuilder table = new StringBuilder(
				"| how | query | constraint | top candidate | score | match | right |\n| --- | --- | --- | --- | --- | --- | --- |\n");
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			JsonNode top = answer.get("q" + i).get("result").get(0);
			String id = (top == null) ? "—" : top.get("id").stringValue();
			boolean match = top != null && top.get("match").booleanValue();
			boolean right = row.expected().equals(id);
			correct += right ? 1 : 0;
			matched += (match && right) ? 1 : 0;
			if (match && !right) {
				wrongMatches.add(row.query() + " → " + id);
			}
			table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", row.how(), row.query(),
					row.property().isEmpty() ? "" : row.property() + " = " + row.value(), id,
					(top == null) ? "" : top.get("score").asString(), match, right ? "yes" : "**no**"));
		}
		double share = (double) correct / rows.size();
		String summary = String.format(Locale.ROOT,
				"%d names: %d (%.1f %%) right at the top, %d of them marked match: true; %d wrong matches.%n",
				rows.size(), correct, 100 * share, matched, wrongMatches.size());
		Path report = Path.of("target", "reconcile-quality.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, summary + "\n" + table, StandardCharsets.UTF_8);
		System.out.print(summary + table);

		assertThat(wrongMatches).as("candidates marked match: true that are not the right entity").isEmpty();
		assertThat(share).as(summary).isGreaterThanOrEqualTo(TARGET);
	}

	static List<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		String text = new ClassPathResource("reconcile/quality.tsv").getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
		}
		return rows;
	}

}
