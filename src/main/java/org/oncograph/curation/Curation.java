package org.oncograph.curation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

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
import org.oncograph.entity.Source;
import org.oncograph.model.EntityType;
import org.oncograph.version.Change;
import org.oncograph.version.ChangeKind;
import org.oncograph.version.ChangeLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The mutations. Each runs in one write transaction that first takes the curation lock
 * (so checks for duplicates and the choice of new ids see every earlier write), then
 * reads what the checks need ({@link CurationGraph}), checks the whole input
 * ({@link CurationRules}), and writes only when nothing is wrong; a payload with errors
 * rolls the transaction back. Facts are stored exactly as the Cypher scripts store them
 * ({@link StoredProperties}): {@code (:Source)-[:MENTIONS {evidence}]->(entity)}, and
 * {@code sources}/{@code evidence} lists on relationships. A write advances the graph's
 * version and records the ids it wrote in the change log ({@link ChangeLog}), in its own
 * transaction, which drops every cache of the graph on every replica.
 */
@Service
@Transactional
class Curation {

	private final CurationGraph graph;

	private final CurationRules rules;

	private final ChangeLog changes;

	Curation(CurationGraph graph, Vocabulary vocabulary, ChangeLog changes) {
		this.graph = graph;
		this.rules = new CurationRules(vocabulary::values);
		this.changes = changes;
	}

	SourcePayload addSource(SourceInput given, String user) {
		OffsetDateTime now = this.graph.lock();
		SourceInput input = InputTexts.normalized(given);
		var check = this.rules.source(input, this.graph.sources(), now.toLocalDate());
		if (check.problems().any()) {
			return SourcePayload.failed(rollBack(check.problems()), check.existing());
		}
		String id = (input.id() != null) ? input.id() : this.graph.nextSourceId();
		Source source = this.graph.createSource(id, StoredProperties.source(input), now, user);
		changed(ChangeKind.ADD_SOURCE, List.of(id), user);
		return new SourcePayload(source, null, List.of());
	}

	EntityPayload upsertEntity(EntityInput given, String user) {
		OffsetDateTime now = this.graph.lock();
		EntityInput input = InputTexts.normalized(given);
		EntityType type = input.type();
		String id = input.id();
		boolean creating = id == null;
		Entity current = creating ? null : this.graph.entities(List.of(id)).get(id);
		Entity duplicate = (input.name() != null && !input.name().isBlank())
				? this.graph.duplicateOf(type, input.name(), id) : null;
		Problems problems = this.rules.entity(input, (current != null) ? current.type() : null,
				(duplicate != null) ? duplicate.id() : null, existingSources(input.sources()), now.toLocalDate());
		if (problems.any()) {
			return EntityPayload.failed(rollBack(problems), duplicate);
		}
		Map<String, Object> properties = StoredProperties.entity(input, creating);
		// The rules passed: a new entity has a name, and an English one (given, or
		// transliterated for a person).
		String written = creating
				? this.graph.freeId(Names.id(type, Objects.requireNonNull(input.name()),
						(String) Objects.requireNonNull(properties.get("nameEn")), input.date()))
				: Objects.requireNonNull(id);
		Entity entity = this.graph.writeEntity(creating, type, written, properties,
				StoredProperties.evidence(input.sources()), now, user);
		changed(ChangeKind.UPSERT_ENTITY, List.of(written), user);
		return new EntityPayload(entity, creating, null, List.of());
	}

	RelationshipPayload addRelationship(RelationshipInput given, String user) {
		OffsetDateTime now = this.graph.lock();
		RelationshipInput input = InputTexts.normalized(given);
		Map<String, Entity> ends = this.graph.entities(List.of(input.from(), input.to()));
		Entity from = ends.get(input.from());
		Entity to = ends.get(input.to());
		Problems problems = this.rules.relationship(input, (from != null) ? from.type() : null,
				(to != null) ? to.type() : null, existingSources(input.sources()), now.toLocalDate());
		if (problems.any()) {
			return RelationshipPayload.failed(rollBack(problems));
		}
		boolean created = !this.graph.relationshipExists(input.type(), input.from(), input.to());
		Relationship relationship = this.graph.writeRelationship(input.type(), input.from(), input.to(),
				StoredProperties.relationship(input), StoredProperties.evidence(input.sources()), now, user);
		changed(ChangeKind.ADD_RELATIONSHIP, List.of(input.from(), input.to()), user);
		return new RelationshipPayload(relationship, created, List.of());
	}

	RetractionPayload retractFact(RetractionInput given, String user) {
		OffsetDateTime now = this.graph.lock();
		RetractionInput input = InputTexts.normalized(given);
		String reason = (input.reason() != null) ? input.reason().strip() : "";
		List<Map<String, Object>> records = new ArrayList<>();
		if (input.entity() != null) {
			records.addAll(this.graph.entityRetraction(input.entity(), reason, now, user));
		}
		else if (input.relationship() != null) {
			Map<String, Object> record = this.graph.relationshipRetraction(input.relationship(), reason, now, user);
			if (record != null) {
				records.add(record);
			}
		}
		Problems problems = this.rules.retraction(input, !records.isEmpty());
		if (problems.any()) {
			return RetractionPayload.failed(rollBack(problems));
		}
		List<Retraction> retractions = this.graph.retract(records, input.entity(), input.relationship(), reason, now,
				user);
		changed(ChangeKind.RETRACT_FACT,
				retractions.stream()
					.flatMap(r -> (r.toId() == null) ? Stream.of(r.fromId()) : Stream.of(r.fromId(), r.toId()))
					.toList(),
				user);
		return new RetractionPayload(retractions.getFirst(), retractions.subList(1, retractions.size()), List.of());
	}

	@Transactional(readOnly = true)
	List<Retraction> retractions(@Nullable String id, int first) {
		return this.graph.retractions(id, first);
	}

	/** The audit fields of entities or sources (by label), for those that have them. */
	@Transactional(readOnly = true)
	Map<String, Audit> audit(Collection<String> ids, String label) {
		return this.graph.audit(ids, label);
	}

	/** Nothing of a refused mutation may stay, not even the lock's timestamp. */
	private static Problems rollBack(Problems problems) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return problems;
	}

	private void changed(ChangeKind kind, List<String> ids, String user) {
		this.changes.append(Change.of(kind, ids, user));
	}

	/**
	 * Those of the sources the evidence names that exist (none asked for when it names
	 * none).
	 */
	private Set<String> existingSources(@Nullable List<EvidenceInput> sources) {
		return (sources == null || sources.isEmpty()) ? Set.of()
				: this.graph.existingSources(sources.stream().map(EvidenceInput::source).toList());
	}

}
