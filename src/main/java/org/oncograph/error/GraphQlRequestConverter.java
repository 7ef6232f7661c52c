package org.oncograph.error;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.server.ServerWebInputException;

/**
 * The JSON of {@code /graphql}: a request body is parsed once, into a tree that is
 * checked to be a GraphQL request object (an object whose {@code query} is a string and
 * whose {@code operationName}, {@code variables} and {@code extensions} are of their
 * types or null; otherwise a 400 naming the entry) and then bound to Spring for GraphQL's
 * request; responses are written with the app's JSON mapper. Spring for GraphQL's own
 * reading fails on a body of JSON {@code null} with a 500 and takes a number as the
 * query's text.
 */
final class GraphQlRequestConverter implements HttpMessageConverter<Object> {

	static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private final JsonMapper json;

	private final JacksonJsonHttpMessageConverter writer;

	GraphQlRequestConverter(JsonMapper json) {
		this.json = json;
		this.writer = new JacksonJsonHttpMessageConverter(json);
	}

	/** Refuses a JSON tree that is not a GraphQL request object, naming what is wrong. */
	static void check(@Nullable JsonNode request) {
		if (request == null || !request.isObject()) {
			throw new ServerWebInputException("the body is not a JSON object");
		}
		if (!request.path("query").isString()) {
			throw new ServerWebInputException("'query' must be a string");
		}
		JsonNode operationName = request.path("operationName");
		if (!operationName.isMissingNode() && !operationName.isNull() && !operationName.isString()) {
			throw new ServerWebInputException("'operationName' must be a string or null");
		}
		for (String map : List.of("variables", "extensions")) {
			JsonNode value = request.path(map);
			if (!value.isMissingNode() && !value.isNull() && !value.isObject()) {
				throw new ServerWebInputException("'" + map + "' must be an object or null");
			}
		}
	}

	@Override
	public boolean canRead(Class<?> type, @Nullable MediaType mediaType) {
		// application/graphql bodies are JSON too, as Spring for GraphQL reads them.
		return type == SerializableGraphQlRequest.class && (mediaType == null
				|| MediaType.APPLICATION_JSON.includes(mediaType) || APPLICATION_GRAPHQL.includes(mediaType));
	}

	@Override
	public Object read(Class<?> type, HttpInputMessage input) throws IOException {
		JsonNode request;
		try {
			request = this.json.readTree(input.getBody());
		}
		catch (JacksonException ex) {
			throw new ServerWebInputException("the body is not valid JSON");
		}
		check(request);
		return this.json.treeToValue(request, SerializableGraphQlRequest.class);
	}

	@Override
	public boolean canWrite(Class<?> type, @Nullable MediaType mediaType) {
		return this.writer.canWrite(type, mediaType);
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(MediaType.APPLICATION_JSON, APPLICATION_GRAPHQL);
	}

	@Override
	public void write(Object value, @Nullable MediaType contentType, HttpOutputMessage output) throws IOException {
		this.writer.write(value, contentType, output);
	}

}
