package org.oncograph.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;
import org.oncograph.path.CollaborationPath;
import org.oncograph.path.PathFinder;
import org.oncograph.path.PathRequest;
import org.oncograph.path.PathStep;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code neighborhood}, {@code subgraph} and {@code pathGraph}. */
@Controller
class GraphViewController {

	static final int MAX_DEPTH = 3;

	static final int MAX_NODES = 500;

	private final GraphViews views;

	private final PathFinder paths;

	GraphViewController(GraphViews views, PathFinder paths) {
		this.views = views;
		this.paths = paths;
	}

	@QueryMapping
	GraphView neighborhood(@Argument String id, @Argument int depth, @Argument int limit,
			@Argument @Nullable Integer maxDegree, @Argument @Nullable List<EntityType> types,
			@Argument @Nullable List<RelationKind> relations, @Argument @Nullable Lang lang) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new OncoGraphException.BadRequest("depth",
					"depth must be between 1 and " + MAX_DEPTH + ", was " + depth + ".");
		}
		if (limit < 1 || limit > MAX_NODES) {
			throw new OncoGraphException.BadRequest("limit",
					"limit must be between 1 and " + MAX_NODES + ", was " + limit + ".");
		}
		if (maxDegree != null && maxDegree < 0) {
			throw new OncoGraphException.BadRequest("maxDegree", "maxDegree must not be negative, was " + maxDegree + ".");
		}
		List<String> labels = (types == null || types.isEmpty()) ? null : types.stream().map(EntityType::label).toList();
		List<String> relationTypes = (relations == null || relations.isEmpty()) ? null
				: relations.stream().map(RelationKind::name).toList();
		GraphView view = this.views.neighborhood(id, depth, limit, maxDegree, labels, relationTypes, Lang.orDefault(lang));
		if (view == null) {
			throw new OncoGraphException.NotFound(id, "entity");
		}
		return view;
	}

	@QueryMapping
	GraphView subgraph(@Argument List<String> ids, @Argument @Nullable Lang lang) {
		if (ids.size() > MAX_NODES) {
			throw new OncoGraphException.BadRequest("ids",
					"ids may name at most " + MAX_NODES + " entities, named " + ids.size() + ".");
		}
		return this.views.subgraph(List.copyOf(new LinkedHashSet<>(ids)), Lang.orDefault(lang));
	}

	/**
	 * The paths of {@link PathFinder}, with its arguments, checks and errors, so {@code pathGraph} and
	 * {@code collaborationPaths} always agree; then one statement draws their entities and relationships with sources.
	 */
	@QueryMapping
	GraphView pathGraph(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer k, @Argument @Nullable Boolean allShortest,
			@Argument @Nullable List<RelationKind> relations, @Argument @Nullable Boolean includeGeography,
			@Argument @Nullable List<String> excludeIds, @Argument @Nullable LocalDate dateFrom,
			@Argument @Nullable LocalDate dateTo, @Argument @Nullable Lang lang) {
		List<CollaborationPath> found = this.paths.paths(PathRequest.of(from, to, maxHops, k, allShortest, relations,
				includeGeography, excludeIds, dateFrom, dateTo, lang));
		var ids = new LinkedHashSet<String>(List.of(from, to));
		var edges = new ArrayList<Map<String, String>>();
		for (CollaborationPath path : found) {
			path.nodes().stream().map(Entity::id).forEach(ids::add);
			for (PathStep step : path.steps()) {
				Entity source = step.reversed() ? step.to() : step.from();
				Entity target = step.reversed() ? step.from() : step.to();
				edges.add(Map.of("source", source.id(), "type", step.relation(), "target", target.id()));
			}
		}
		return this.views.path(ids, edges, Lang.orDefault(lang));
	}

}
