package org.oncograph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Subgraph} as GraphML, CSV (nodes or edges) or a zip of both CSV files.
 */
final class Formats {

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

	static byte[] graphml(Subgraph graph) {
		var out = new ByteArrayOutputStream();
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
				xml.writeAttribute("id", node.id());
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
				xml.writeAttribute("source", edge.source());
				xml.writeAttribute("target", edge.target());
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
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("GraphML could not be written", ex);
		}
		return out.toByteArray();
	}

	private static void data(XMLStreamWriter xml, String key, @Nullable String value) throws XMLStreamException {
		if (value != null && !value.isEmpty()) {
			xml.writeStartElement("data");
			xml.writeAttribute("key", key);
			xml.writeCharacters(value);
			xml.writeEndElement();
		}
	}

	static String nodesCsv(Subgraph graph) {
		var csv = new StringBuilder(NODES_HEADER).append("\r\n");
		for (Subgraph.Node node : graph.nodes()) {
			row(csv, node.id(), node.nameEn(), node.type(), node.name(), node.nameEn());
		}
		return csv.toString();
	}

	static String edgesCsv(Subgraph graph) {
		var csv = new StringBuilder(EDGES_HEADER).append("\r\n");
		for (Subgraph.Edge edge : graph.edges()) {
			row(csv, edge.source(), edge.target(), "Directed", edge.relation(), edge.relation(), edge.role(),
					edge.roleEn(), edge.status(), String.join("|", edge.sources()),
					String.join(" | ", edge.evidence()));
		}
		return csv.toString();
	}

	static byte[] zip(Subgraph graph) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			entry(zip, "nodes.csv", nodesCsv(graph));
			entry(zip, "edges.csv", edgesCsv(graph));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/**
	 * One CSV record, RFC 4180: fields with a comma, quote or line break are quoted,
	 * quotes doubled.
	 */
	private static void row(StringBuilder csv, @Nullable String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			String field = (fields[i] != null) ? fields[i] : "";
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
	 * The subgraph as JSON-ready maps: {@code {nodes: [{id, type, name, nameEn}], edges:
	 * [{source, target, …}]}}.
	 */
	static Map<String, Object> json(Subgraph graph) {
		List<Map<String, Object>> nodes = graph.nodes().stream().map(node -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", node.id());
			map.put("type", node.type());
			map.put("name", node.name());
			map.put("nameEn", node.nameEn());
			return map;
		}).toList();
		List<Map<String, Object>> edges = graph.edges().stream().map(edge -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("source", edge.source());
			map.put("target", edge.target());
			map.put("relation", edge.relation());
			map.put("role", edge.role());
			map.put("roleEn", edge.roleEn());
			map.put("status", edge.status());
			map.put("sources", edge.sources());
			map.put("evidence", edge.evidence());
			return map;
		}).toList();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nodes", nodes);
		json.put("edges", edges);
		return json;
	}

}
