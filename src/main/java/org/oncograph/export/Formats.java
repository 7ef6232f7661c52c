package org.oncograph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Subgraph} as GraphML, JSON, CSV (nodes or edges) or a zip of both CSV
 * files, to a stream, as its nodes and edges are read: nothing is built whole in memory.
 * A failed write (the client went away) ends the writing and, with it, the reads.
 */
final class Formats {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

	/**
	 * GraphML attribute keys: id, what it belongs to, its name. Gephi reads {@code label}
	 * as the node's label.
	 */
	private static final List<String[]> KEYS = List.of(new String[] { "label", "node", "label" },
			new String[] { "type", "node", "type" }, new String[] { "name", "node", "name" },
			new String[] { "nameEn", "node", "nameEn" }, new String[] { "relation", "edge", "relation" },
			new String[] { "role", "edge", "role" }, new String[] { "roleEn", "edge", "roleEn" },
			new String[] { "status", "edge", "status" }, new String[] { "sources", "edge", "sources" },
			new String[] { "evidence", "edge", "evidence" });

	static final String NODES_HEADER = "Id,Label,type,name,nameEn";

	static final String EDGES_HEADER = "Source,Target,Type,Label,relation,role,roleEn,status,sources,evidence";

	private Formats() {
	}

	/** Writes the graph as GraphML to the stream, as its nodes and edges are read. */
	static void graphml(Subgraph graph, OutputStream out) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(GRAPHML_NS);
			for (String[] key : KEYS) {
				xml.writeEmptyElement("key");
				xml.writeAttribute("id", key[0]);
				xml.writeAttribute("for", key[1]);
				xml.writeAttribute("attr.name", key[2]);
				xml.writeAttribute("attr.type", "string");
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "oncograph");
			xml.writeAttribute("edgedefault", "directed");
			for (Subgraph.Node node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", xmlText(node.id()));
				data(xml, "label", node.nameEn());
				data(xml, "type", node.type());
				data(xml, "name", node.name());
				data(xml, "nameEn", node.nameEn());
				xml.writeEndElement();
			}
			int i = 0;
			for (Subgraph.Edge edge : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + i++);
				xml.writeAttribute("source", xmlText(edge.source()));
				xml.writeAttribute("target", xmlText(edge.target()));
				data(xml, "relation", edge.relation());
				data(xml, "role", edge.role());
				data(xml, "roleEn", edge.roleEn());
				data(xml, "status", edge.status());
				data(xml, "sources", String.join("|", edge.sources()));
				data(xml, "evidence", String.join(" | ", edge.evidence()));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw (ex.getCause() instanceof IOException io) ? new UncheckedIOException(io)
					: new IllegalStateException("GraphML could not be written", ex);
		}
	}

	private static void data(XMLStreamWriter xml, String key, @Nullable String value) throws XMLStreamException {
		if (value != null && !value.isEmpty()) {
			xml.writeStartElement("data");
			xml.writeAttribute("key", key);
			xml.writeCharacters(xmlText(value));
			xml.writeEndElement();
		}
	}

	/**
	 * The text with every character XML 1.0 cannot hold (C0 controls but tab, line feed
	 * and carriage return; unpaired surrogates; U+FFFE and U+FFFF) replaced by U+FFFD, so
	 * a GraphML export is well-formed whatever the store holds — the API refuses such
	 * characters, but a script or a Bolt client may have written them. The writer escapes
	 * the rest ({@code <}, {@code &}, quotes).
	 */
	static String xmlText(String text) {
		StringBuilder safe = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int width = Character.charCount(c);
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			if (!allowed && safe == null) {
				safe = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (safe != null) {
				if (allowed) {
					safe.appendCodePoint(c);
				}
				else {
					safe.append('\uFFFD');
				}
			}
			i += width;
		}
		return (safe != null) ? safe.toString() : text;
	}

	/** Writes the nodes as CSV ({@value #NODES_HEADER}) to the stream. */
	static void nodesCsv(Subgraph graph, OutputStream out) {
		csv(out, csv -> {
			csv.append(NODES_HEADER).append("\r\n");
			for (Subgraph.Node node : graph.nodes()) {
				row(csv, node.id(), node.nameEn(), node.type(), node.name(), node.nameEn());
			}
		});
	}

	/** Writes the edges as CSV ({@value #EDGES_HEADER}) to the stream. */
	static void edgesCsv(Subgraph graph, OutputStream out) {
		csv(out, csv -> {
			csv.append(EDGES_HEADER).append("\r\n");
			for (Subgraph.Edge edge : graph.edges()) {
				row(csv, edge.source(), edge.target(), "Directed", edge.relation(), edge.relation(), edge.role(),
						edge.roleEn(), edge.status(), String.join("|", edge.sources()),
						String.join(" | ", edge.evidence()));
			}
		});
	}

	/** Writes a zip of {@code nodes.csv} and {@code edges.csv} to the stream. */
	static void zip(Subgraph graph, OutputStream out) {
		try {
			var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			nodesCsv(graph, zip);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("edges.csv"));
			edgesCsv(graph, zip);
			zip.closeEntry();
			zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface CsvBody {

		void write(Writer csv) throws IOException;

	}

	/**
	 * Writes CSV text through a buffer, flushed at the end; the stream is left open.
	 */
	private static void csv(OutputStream out, CsvBody body) {
		try {
			var csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			body.write(csv);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One CSV record, RFC 4180: fields with a comma, quote or line break are quoted,
	 * quotes doubled; each field first {@linkplain #neutralized neutralized}.
	 */
	private static void row(Writer csv, @Nullable String... fields) throws IOException {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			String field = neutralized((fields[i] != null) ? fields[i] : "");
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
					|| field.indexOf('\r') >= 0) {
				csv.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(field);
			}
		}
		csv.append("\r\n");
	}

	/**
	 * The field as a spreadsheet shows it without running it (OWASP, "CSV Injection"): a
	 * field beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
	 * carriage return is a formula (or starts one) to Excel, LibreOffice and Google
	 * Sheets, so it gets a leading apostrophe, which they show as text. A name such as
	 * {@code =HYPERLINK(…)} or {@code -2+3} is exported as {@code '=HYPERLINK(…)} and
	 * {@code '-2+3}.
	 */
	static String neutralized(String field) {
		if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
			return "'" + field;
		}
		return field;
	}

	/**
	 * Writes the subgraph as JSON to the stream: {@code {nodes: [{id, type, name,
	 * nameEn}], edges: [{source, target, relation, role, roleEn, status, sources,
	 * evidence}]}}.
	 */
	static void json(Subgraph graph, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeArrayPropertyStart("nodes");
			for (Subgraph.Node node : graph.nodes()) {
				json.writeStartObject();
				json.writeStringProperty("id", node.id());
				json.writeStringProperty("type", node.type());
				json.writeStringProperty("name", node.name());
				json.writeStringProperty("nameEn", node.nameEn());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("edges");
			for (Subgraph.Edge edge : graph.edges()) {
				json.writeStartObject();
				json.writeStringProperty("source", edge.source());
				json.writeStringProperty("target", edge.target());
				json.writeStringProperty("relation", edge.relation());
				json.writeStringProperty("role", edge.role());
				json.writeStringProperty("roleEn", edge.roleEn());
				json.writeStringProperty("status", edge.status());
				strings(json, "sources", edge.sources());
				strings(json, "evidence", edge.evidence());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static void strings(JsonGenerator json, String name, List<String> values) {
		json.writeArrayPropertyStart(name);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

}
