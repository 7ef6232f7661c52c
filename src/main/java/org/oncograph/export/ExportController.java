package org.oncograph.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.analytics.NetworkFilter;
import org.oncograph.error.OncoGraphException;
import org.oncograph.path.PathArguments;
import org.oncograph.view.NeighborhoodArguments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/graph.<format>}, {@code /export/path.<format>?from=&to=} and
 * {@code /export/neighborhood.<format>?id=}, where format is {@code graphml},
 * {@code json}, {@code csv} (with {@code part=nodes|edges}) or {@code zip} (both CSV
 * files). Each takes the arguments of its GraphQL field as query parameters of the same
 * names, bound onto the same record: {@link NetworkFilter} ({@code relations},
 * {@code includeGeography}, {@code types}) for the graph, {@link PathArguments}
 * ({@code collaborationPaths}) for a path, {@link NeighborhoodArguments}
 * ({@code neighborhood}: {@code depth}, {@code limit}, {@code maxDegree}, {@code types},
 * {@code relations}) for a neighbourhood. {@code /export/dump.json} is the whole
 * database, every node and relationship with all its properties, for a backup or a move.
 */
@RestController
class ExportController {

	private static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Exports exports;

	private final GraphDump dump;

	ExportController(Exports exports, GraphDump dump) {
		this.exports = exports;
		this.dump = dump;
	}

	/**
	 * The whole database, for a backup or a move: {@code ONCOGRAPH_IMPORT} loads it into
	 * an empty one.
	 */
	@GetMapping("/export/dump.json")
	ResponseEntity<Map<String, Object>> dump() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("oncograph-dump.json").build().toString())
			.body(this.dump.dump());
	}

	@GetMapping("/export/graph.{format}")
	ResponseEntity<?> graph(@PathVariable String format, NetworkFilter filter,
			@RequestParam(required = false) @Nullable String part) {
		return write("graph", format, part, this.exports.graph(filter));
	}

	@GetMapping("/export/path.{format}")
	ResponseEntity<?> path(@PathVariable String format, PathArguments arguments,
			@RequestParam(required = false) @Nullable String part) {
		return write("path", format, part, this.exports.paths(arguments));
	}

	@GetMapping("/export/neighborhood.{format}")
	ResponseEntity<?> neighbourhood(@PathVariable String format, NeighborhoodArguments arguments,
			@RequestParam(required = false) @Nullable String part) {
		return write("neighborhood", format, part, this.exports.neighbourhood(arguments.withSchemaDefaults()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(OncoGraphException.NotFound ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(OncoGraphException.BadRequest ex) {
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
	}

	private static ResponseEntity<?> write(String name, String format, @Nullable String part, Subgraph graph) {
		return switch (format) {
			case "graphml" -> file(name + ".graphml", GRAPHML, Formats.graphml(graph));
			case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Formats.json(graph));
			case "zip" -> file(name + ".zip", MediaType.parseMediaType("application/zip"), Formats.zip(graph));
			case "csv" -> {
				String which = (part != null) ? part : "nodes";
				if (!which.equals("nodes") && !which.equals("edges")) {
					throw new OncoGraphException.BadRequest("part",
							"part must be nodes or edges, was '" + which + "'.");
				}
				String csv = which.equals("nodes") ? Formats.nodesCsv(graph) : Formats.edgesCsv(graph);
				yield file(name + "-" + which + ".csv", CSV, csv.getBytes(StandardCharsets.UTF_8));
			}
			default -> throw new OncoGraphException.BadRequest("format",
					"format must be graphml, json, csv or zip, was '" + format + "'.");
		};
	}

	private static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(bytes);
	}

}
