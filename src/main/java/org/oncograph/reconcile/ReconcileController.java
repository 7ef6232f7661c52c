package org.oncograph.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.oncograph.error.ErrorResponses;
import org.oncograph.error.OncoGraphException;
import org.oncograph.limits.Admission;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The reconciliation service at {@code /reconcile} (W3C Reconciliation Service API 0.2):
 * without parameters the manifest; {@code queries} (a batch) or {@code extend} (a data
 * extension query) as a query parameter (GET), a form field (POST, what OpenRefine sends)
 * or a JSON body {@code {"queries": {…}}} / {@code {"extend": {…}}}; and
 * {@code /suggest/entity|type|property}, {@code /preview} and {@code /properties}.
 * Cross-origin calls use CORS (as {@code /graphql}); JSONP ({@code callback}) is refused:
 * OpenRefine speaks CORS since 3.3, and JSONP would let any page read the answers past
 * the CORS allow-list. Each request spends points of its client's budget (the GraphQL
 * API's rate limits) once its input is checked: {@value #POINTS_PER_QUERY} per query,
 * {@value #POINTS_PER_ROW} per extended value or suggestion asked, {@value #POINTS_PAGE}
 * for a preview.
 */
@RestController
@RequestMapping(Manifest.PATH)
class ReconcileController {

	static final long POINTS_PER_QUERY = 100;

	static final long POINTS_PER_ROW = 10;

	static final long POINTS_PAGE = 50;

	private final Reconciler reconciler;

	private final Suggestions suggestions;

	private final Preview preview;

	private final Extension extension;

	private final Admission admission;

	private final ReconcileProperties limits;

	private final JsonMapper json;

	ReconcileController(Reconciler reconciler, Suggestions suggestions, Preview preview, Extension extension,
			Admission admission, ReconcileProperties limits, JsonMapper json) {
		this.reconciler = reconciler;
		this.suggestions = suggestions;
		this.preview = preview;
		this.extension = extension;
		this.admission = admission;
		this.limits = limits;
		this.json = json;
	}

	/** The manifest, a reconciliation batch or a data extension. */
	@RequestMapping(method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<Object> reconcile(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getParameter("callback") != null) {
			throw new OncoGraphException.BadRequest("callback", "JSONP is not supported: call this service with CORS"
					+ " (OpenRefine 3.3 and later do), without a 'callback' parameter.");
		}
		String queries = request.getParameter("queries");
		String extend = request.getParameter("extend");
		if (queries == null && extend == null && isJson(request)) {
			JsonNode body = parse(readBody(request), "body");
			if (!body.isObject() || body.size() != 1 || !(body.has("queries") || body.has("extend"))) {
				throw new OncoGraphException.BadRequest("body", "A JSON body must be {\"queries\": {…}} (a batch)"
						+ " or {\"extend\": {…}} (a data extension query).");
			}
			return body.has("queries") ? answer(request, response, batch(body.get("queries")))
					: extend(request, response, body.get("extend"));
		}
		if (queries != null && extend != null) {
			throw new OncoGraphException.BadRequest("queries", "Send either 'queries' or 'extend', not both.");
		}
		if (queries != null) {
			return answer(request, response, batch(parse(queries, "queries")));
		}
		if (extend != null) {
			return extend(request, response, parse(extend, "extend"));
		}
		this.admission.spend(request, response, 1);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return ResponseEntity.ok(Manifest.of(base, this.limits.batchSize()));
	}

	@GetMapping("/suggest/entity")
	Map<String, Object> suggestEntity(@RequestParam String prefix,
			@RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "0") int cursor,
			HttpServletRequest request, HttpServletResponse response) {
		this.admission.spend(request, response, POINTS_PER_ROW * Suggestions.PAGE);
		return this.suggestions.entities(prefix, type, cursor);
	}

	@GetMapping("/suggest/type")
	Map<String, Object> suggestType(@RequestParam String prefix, @RequestParam(defaultValue = "0") int cursor,
			HttpServletRequest request, HttpServletResponse response) {
		this.admission.spend(request, response, 1);
		return this.suggestions.types(prefix, cursor);
	}

	@GetMapping("/suggest/property")
	Map<String, Object> suggestProperty(@RequestParam String prefix, @RequestParam(defaultValue = "0") int cursor,
			HttpServletRequest request, HttpServletResponse response) {
		this.admission.spend(request, response, 1);
		return this.suggestions.properties(prefix, cursor);
	}

	@GetMapping("/preview")
	ResponseEntity<String> preview(@RequestParam String id, HttpServletRequest request, HttpServletResponse response) {
		this.admission.spend(request, response, POINTS_PAGE);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.body(this.preview.html(id));
	}

	@GetMapping("/properties")
	Map<String, Object> properties(@RequestParam String type,
			@RequestParam(defaultValue = "" + ReconProperty.COUNT) int limit, HttpServletRequest request,
			HttpServletResponse response) {
		if (limit < 1 || limit > ReconProperty.COUNT) {
			throw new OncoGraphException.BadRequest("limit",
					"The limit must be from 1 to " + ReconProperty.COUNT + " (the properties there are).");
		}
		var kind = Kinds.of(type, "type");
		this.admission.spend(request, response, 1);
		return Extension.proposals(kind, limit);
	}

	/** Bad input: 400 with what is wrong; nothing ran and nothing was spent. */
	@ExceptionHandler
	void badRequest(OncoGraphException.BadRequest ex, HttpServletResponse response) throws IOException {
		ErrorResponses.write(response, HttpStatus.BAD_REQUEST.value(), ex.getMessage(), "BAD_REQUEST");
	}

	@ExceptionHandler
	void notFound(OncoGraphException.NotFound ex, HttpServletResponse response) throws IOException {
		ErrorResponses.write(response, HttpStatus.NOT_FOUND.value(), ex.getMessage(), "NOT_FOUND");
	}

	/** Over the client's budget: 429 with {@code Retry-After}. */
	@ExceptionHandler
	void refused(OncoGraphException.Refused ex, HttpServletResponse response) throws IOException {
		ErrorResponses.write(response, ex);
	}

	private ResponseEntity<Object> answer(HttpServletRequest request, HttpServletResponse response,
			List<ReconQuery> batch) {
		this.admission.spend(request, response, POINTS_PER_QUERY * batch.size());
		Map<String, List<Candidate>> results = this.reconciler.reconcile(batch);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		results.forEach((key, candidates) -> body.put(key, Map.of("result", candidates)));
		return ResponseEntity.ok(body);
	}

	private ResponseEntity<Object> extend(HttpServletRequest request, HttpServletResponse response, JsonNode extend) {
		Extension.Query query = this.extension.query(extend);
		this.admission.spend(request, response, Math.max(1, POINTS_PER_ROW * query.rows()));
		return ResponseEntity.ok(this.extension.extend(query));
	}

	/** The queries of a batch, checked; a BAD_REQUEST names the first wrong one. */
	private List<ReconQuery> batch(JsonNode batch) {
		if (!batch.isObject() || batch.isEmpty()) {
			throw new OncoGraphException.BadRequest("queries", "'queries' must be a non-empty object of queries by"
					+ " key, e.g. {\"q0\": {\"query\": \"Андрей Каприн\", \"type\": \"Person\"}}.");
		}
		if (batch.size() > this.limits.batchSize()) {
			throw new OncoGraphException.BadRequest("queries",
					"The batch has " + batch.size() + " queries, more than the " + this.limits.batchSize()
							+ " allowed (oncograph.reconcile.batch-size); send it in smaller batches.");
		}
		List<ReconQuery> queries = new ArrayList<>();
		for (Map.Entry<String, JsonNode> query : batch.properties()) {
			queries.add(ReconQuery.of(query.getKey(), query.getValue(), this.limits));
		}
		return queries;
	}

	private JsonNode parse(String text, String argument) {
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			throw new OncoGraphException.BadRequest(argument, "'" + argument + "' is not valid JSON (line "
					+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ").");
		}
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
	}

	/**
	 * The body, at most {@code max-body-size}: a larger one is refused before parsing.
	 */
	private String readBody(HttpServletRequest request) throws IOException {
		long max = this.limits.maxBodySize().toBytes();
		if (request.getContentLengthLong() > max) {
			throw tooLarge(max);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE));
			if (body.length > max) {
				throw tooLarge(max);
			}
			return new String(body, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private static OncoGraphException.BadRequest tooLarge(long max) {
		return new OncoGraphException.BadRequest("body",
				"The request body is larger than " + max + " bytes (oncograph.reconcile.max-body-size).");
	}

}
