package org.oncograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;

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
 * <p>
 * The arguments and the format are checked first (a BAD_REQUEST or NOT_FOUND problem);
 * then the answer is written straight to the response as it is read. The whole graph and
 * the dump are read a page at a time, each page in its own short transaction, so neither
 * is ever held in memory; a client that goes away makes the next write fail, which ends
 * the reads. A failure after the first bytes can only cut the answer short.
 */
@RestController
class ExportController {

	private static final MediaType GRAPHML_TYPE = MediaType.parseMediaType("application/graphml+xml");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Exports exports;

	private final GraphDump dump;

	ExportController(Exports exports, GraphDump dump) {
		this.exports = exports;
		this.dump = dump;
	}

	/**
	 * The whole database, for a backup or a move: {@code ONCOGRAPH_IMPORT} loads it into
	 * an empty one. Written as it is read, a page at a time.
	 */
	@GetMapping("/export/dump.json")
	void dump(HttpServletResponse response) throws IOException {
		start(response, MediaType.APPLICATION_JSON, "oncograph-dump.json");
		this.dump.write(response.getOutputStream());
	}

	/** The whole network, written as it is read, a page at a time. */
	@GetMapping("/export/graph.{format}")
	void graph(@PathVariable String format, NetworkFilter filter, @RequestParam(required = false) @Nullable String part,
			HttpServletResponse response) throws IOException {
		Format chosen = Format.of(format, part);
		write(chosen, "graph", this.exports.graph(filter), response);
	}

	@GetMapping("/export/path.{format}")
	void path(@PathVariable String format, PathArguments arguments,
			@RequestParam(required = false) @Nullable String part, HttpServletResponse response) throws IOException {
		Format chosen = Format.of(format, part);
		write(chosen, "path", this.exports.paths(arguments), response);
	}

	@GetMapping("/export/neighborhood.{format}")
	void neighbourhood(@PathVariable String format, NeighborhoodArguments arguments,
			@RequestParam(required = false) @Nullable String part, HttpServletResponse response) throws IOException {
		Format chosen = Format.of(format, part);
		write(chosen, "neighborhood", this.exports.neighbourhood(arguments.withSchemaDefaults()), response);
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

	/**
	 * A format asked for, checked before anything is read or written, and how it is
	 * written.
	 */
	private enum Format {

		GRAPHML(".graphml", GRAPHML_TYPE, Formats::graphml), JSON(null, MediaType.APPLICATION_JSON, Formats::json),
		ZIP(".zip", MediaType.parseMediaType("application/zip"), Formats::zip),
		NODES("-nodes.csv", CSV, Formats::nodesCsv), EDGES("-edges.csv", CSV, Formats::edgesCsv);

		/** The file name's ending, or null for no {@code Content-Disposition}. */
		final @Nullable String suffix;

		final MediaType type;

		final BiConsumer<Subgraph, OutputStream> writer;

		Format(@Nullable String suffix, MediaType type, BiConsumer<Subgraph, OutputStream> writer) {
			this.suffix = suffix;
			this.type = type;
			this.writer = writer;
		}

		static Format of(String format, @Nullable String part) {
			return switch (format) {
				case "graphml" -> GRAPHML;
				case "json" -> JSON;
				case "zip" -> ZIP;
				case "csv" -> {
					String which = (part != null) ? part : "nodes";
					yield switch (which) {
						case "nodes" -> NODES;
						case "edges" -> EDGES;
						default -> throw new OncoGraphException.BadRequest("part",
								"part must be nodes or edges, was '" + which + "'.");
					};
				}
				default -> throw new OncoGraphException.BadRequest("format",
						"format must be graphml, json, csv or zip, was '" + format + "'.");
			};
		}

	}

	private static void write(Format format, String name, Subgraph graph, HttpServletResponse response)
			throws IOException {
		start(response, format.type, (format.suffix != null) ? name + format.suffix : null);
		format.writer.accept(graph, response.getOutputStream());
	}

	/**
	 * Sets the status and headers of a streamed answer; the body follows as it is read.
	 */
	private static void start(HttpServletResponse response, MediaType type, @Nullable String filename) {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(type.toString());
		if (filename != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString());
		}
	}

}
