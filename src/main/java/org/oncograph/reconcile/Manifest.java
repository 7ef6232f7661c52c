package org.oncograph.reconcile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oncograph.model.EntityType;

/**
 * The service manifest, version 0.2: ids are the graph's own
 * ({@code person:kaprin-andrey}), viewed in the viewer ({@code /view?focus=}, also the
 * identifier space), typed by the kinds of the GraphQL schema ({@code /graphql/schema},
 * the schema space); every service URL is under the server's base URL as the request
 * reached it.
 */
final class Manifest {

	static final String PATH = "/reconcile";

	private Manifest() {
	}

	static Map<String, Object> of(String base, int batchSize) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("versions", List.of("0.2"));
		manifest.put("name", "OncoGraph");
		manifest.put("identifierSpace", base + "/view?focus=");
		manifest.put("schemaSpace", base + "/graphql/schema");
		manifest.put("batchSize", batchSize);
		manifest.put("defaultTypes", Arrays.stream(EntityType.values()).map(Kinds::type).toList());
		manifest.put("view", Map.of("url", base + "/view?focus={{id}}"));
		Map<String, Object> preview = new LinkedHashMap<>();
		preview.put("url", base + PATH + "/preview?id={{id}}");
		preview.put("width", Preview.WIDTH);
		preview.put("height", Preview.HEIGHT);
		manifest.put("preview", preview);
		Map<String, Object> suggest = new LinkedHashMap<>();
		suggest.put("entity", service(base, "/suggest/entity"));
		suggest.put("type", service(base, "/suggest/type"));
		suggest.put("property", service(base, "/suggest/property"));
		manifest.put("suggest", suggest);
		Map<String, Object> extend = new LinkedHashMap<>();
		extend.put("propose_properties", service(base, "/properties"));
		extend.put("property_settings", List.of());
		manifest.put("extend", extend);
		return manifest;
	}

	private static Map<String, String> service(String base, String path) {
		return Kinds.ordered("service_url", base + PATH, "service_path", path);
	}

}
