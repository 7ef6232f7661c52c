package org.oncograph.curation;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.curation.Inputs.RetractionInput;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.curation.Payloads.EntityPayload;
import org.oncograph.curation.Payloads.RelationshipPayload;
import org.oncograph.curation.Payloads.RetractionPayload;
import org.oncograph.curation.Payloads.SourcePayload;
import org.oncograph.entity.Entity;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.GraphNode;
import org.oncograph.entity.Source;
import org.oncograph.graphql.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code addSource}, {@code upsertEntity}, {@code addRelationship} (role curator),
 * {@code retractFact} (role admin), {@code retractions} (curator), and the {@code audit}
 * of every entity and source. The admin role includes curator.
 */
@Controller
class CurationController {

	private final Curation curation;

	private final Paging paging;

	CurationController(Curation curation, Paging paging) {
		this.curation = curation;
		this.paging = paging;
	}

	@MutationMapping
	@PreAuthorize("hasRole('curator')")
	SourcePayload addSource(@Argument SourceInput input, Principal principal) {
		return this.curation.addSource(input, principal.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('curator')")
	EntityPayload upsertEntity(@Argument EntityInput input, Principal principal) {
		return this.curation.upsertEntity(input, principal.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('curator')")
	RelationshipPayload addRelationship(@Argument RelationshipInput input, Principal principal) {
		return this.curation.addRelationship(input, principal.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('admin')")
	RetractionPayload retractFact(@Argument RetractionInput input, Principal principal) {
		return this.curation.retractFact(input, principal.getName());
	}

	@QueryMapping
	@PreAuthorize("hasRole('curator')")
	List<Retraction> retractions(@Argument @Nullable String id, @Argument int first) {
		return this.curation.retractions(id, this.paging.size("first", first));
	}

	@BatchMapping(typeName = "Entity", field = "audit")
	Map<Entity, Audit> entityAudit(List<Entity> entities) {
		return byNode(entities, this.curation.audit(EntityReader.ids(entities), "Entity"));
	}

	@BatchMapping(typeName = "Source", field = "audit")
	Map<Source, Audit> sourceAudit(List<Source> sources) {
		return byNode(sources, this.curation.audit(EntityReader.ids(sources), "Source"));
	}

	private static <N extends GraphNode> Map<N, Audit> byNode(List<N> nodes, Map<String, Audit> byId) {
		return nodes.stream()
			.filter(node -> byId.containsKey(node.id()))
			.distinct()
			.collect(Collectors.toMap(Function.identity(), node -> byId.get(node.id())));
	}

}
