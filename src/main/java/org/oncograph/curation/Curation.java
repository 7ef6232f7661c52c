package org.oncograph.curation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.curation.Inputs.RelationshipRef;
import org.oncograph.curation.Inputs.RetractionInput;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.curation.Payloads.EntityPayload;
import org.oncograph.curation.Payloads.RelationshipPayload;
import org.oncograph.curation.Payloads.RetractionPayload;
import org.oncograph.curation.Payloads.SourcePayload;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Source;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The mutations. Each runs in one write transaction that first takes the curation lock (so checks for duplicates and
 * the choice of new ids see every earlier write), then checks the whole input, and writes only when nothing is
 * wrong; a payload with errors rolls the transaction back. Facts are stored exactly as the Cypher scripts store them:
 * {@code (:Source)-[:MENTIONS {evidence}]->(entity)}, and {@code sources}/{@code evidence} lists on relationships.
 */
@Service
@Transactional
class Curation {

	private static final Pattern SOURCE_ID = Pattern.compile("source:[a-z0-9][a-z0-9-]{0,60}");

	private final CurationGraph graph;

	private final Vocabulary vocabulary;

	private final ApplicationEventPublisher events;

	Curation(CurationGraph graph, Vocabulary vocabulary, ApplicationEventPublisher events) {
		this.graph = graph;
		this.vocabulary = vocabulary;
		this.events = events;
	}

	SourcePayload addSource(SourceInput input, String user) {
		OffsetDateTime now = this.graph.lock();
		var problems = new Problems();
		problems.requireText("title", input.title());
		problems.optionalText("titleEn", input.titleEn());
		problems.optionalText("publisher", input.publisher());
		problems.optionalText("publishedOnNote", input.publishedOnNote());
		problems.optionalText("file", input.file());
		notInTheFuture(problems, "publishedOn", input.publishedOn(), now);
		Source existing = null;
		if (input.id() != null) {
			if (!SOURCE_ID.matcher(input.id()).matches()) {
				problems.add("id", FieldError.Code.INVALID, "id must look like 'source:<lower-case letters, digits, hyphens>', was '"
						+ input.id() + "'.");
			}
			else {
				existing = this.graph.sources().stream().filter(s -> s.id().equals(input.id())).findFirst().orElse(null);
				if (existing != null) {
					problems.add("id", FieldError.Code.DUPLICATE, "A source with id '" + input.id() + "' exists already.");
				}
			}
		}
		if (existing == null && input.title() != null && !input.title().isBlank()) {
			String key = Names.key(input.title());
			existing = this.graph.sources().stream().filter(s -> Names.key(s.title()).equals(key)).findFirst().orElse(null);
			if (existing != null) {
				problems.add("title", FieldError.Code.DUPLICATE,
						"Source '" + existing.id() + "' has the same title; cite it instead of adding it again.");
			}
		}
		if (problems.any()) {
			return SourcePayload.failed(rollBack(problems), existing);
		}
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("title", input.title().strip());
		properties.put("titleEn", input.titleEn());
		properties.put("titleIsDescriptive", Boolean.TRUE.equals(input.titleIsDescriptive()));
		properties.put("publisher", input.publisher());
		properties.put("publishedOn", input.publishedOn());
		properties.put("publishedOnNote", input.publishedOnNote());
		properties.put("language", (input.language() != null) ? input.language().toLanguageTag() : "ru");
		properties.put("kind", "DOCUMENT");
		properties.put("file", input.file());
		Source source = this.graph.createSource((input.id() != null) ? input.id() : this.graph.nextSourceId(), properties,
				now, user);
		changed("addSource");
		return new SourcePayload(source, null, List.of());
	}

	EntityPayload upsertEntity(EntityInput input, String user) {
		OffsetDateTime now = this.graph.lock();
		var problems = new Problems();
		EntityType type = input.type();
		boolean creating = input.id() == null;
		Entity current = null;
		if (!creating) {
			current = this.graph.entities(List.of(input.id())).get(input.id());
			if (current == null) {
				problems.add("id", FieldError.Code.NOT_FOUND, "No entity with id '" + input.id() + "'.");
			}
			else if (current.type() != type) {
				problems.add("type", FieldError.Code.INVALID,
						"'" + input.id() + "' is a " + current.type() + ", not a " + type + "; the kind of an entity cannot change.");
			}
		}
		if (creating) {
			problems.requireText("name", input.name());
			if (type != EntityType.PERSON) {
				problems.requireText("nameEn", input.nameEn());
			}
			if (type == EntityType.COUNTRY) {
				problems.requireText("iso2", input.iso2());
			}
		}
		problems.optionalText("name", input.name());
		problems.optionalText("nameEn", input.nameEn());
		checkKindFields(problems, input, now);
		problems.requireEvidence(input.sources(), this.graph::existingSources);
		Entity duplicate = null;
		if (input.name() != null && !input.name().isBlank()) {
			duplicate = this.graph.duplicateOf(type, input.name(), input.id());
			if (duplicate != null) {
				problems.add("name", FieldError.Code.DUPLICATE, "The " + type.label().toLowerCase() + " '" + duplicate.id()
						+ "' has this name already" + (creating ? "; change it instead (upsertEntity with its id)." : "."));
			}
		}
		if (problems.any()) {
			return EntityPayload.failed(rollBack(problems), duplicate);
		}
		Map<String, Object> properties = entityProperties(input, creating);
		String id = creating
				? this.graph.freeId(Names.id(type, input.name(), (String) properties.get("nameEn"), input.date()))
				: input.id();
		Entity entity = this.graph.writeEntity(creating, type, id, properties, evidence(input.sources()), now, user);
		changed("upsertEntity");
		return new EntityPayload(entity, creating, null, List.of());
	}

	RelationshipPayload addRelationship(RelationshipInput input, String user) {
		OffsetDateTime now = this.graph.lock();
		var problems = new Problems();
		Map<String, Entity> ends = this.graph.entities(List.of(input.from(), input.to()));
		Entity from = ends.get(input.from());
		Entity to = ends.get(input.to());
		if (from == null) {
			problems.add("from", FieldError.Code.NOT_FOUND, "No entity with id '" + input.from() + "'.");
		}
		if (to == null) {
			problems.add("to", FieldError.Code.NOT_FOUND, "No entity with id '" + input.to() + "'.");
		}
		if (input.from().equals(input.to())) {
			problems.add("to", FieldError.Code.SELF_LOOP,
					"from and to are the same entity ('" + input.from() + "'): a relationship links two different entities.");
		}
		RelationKind rule = input.type();
		if (from != null && to != null && !rule.links(from.type(), to.type())) {
			problems.add("type", FieldError.Code.NOT_ALLOWED, input.type() + " links " + rule.ends().from() + " to " + rule.ends().to()
					+ ", not a " + from.type() + " to a " + to.type() + ".");
		}
		String what = input.type() + " relationships";
		checkProperty(problems, "role", input.role(), rule, what);
		checkProperty(problems, "roleEn", input.roleEn(), rule, what);
		checkProperty(problems, "status", input.status(), rule, what);
		checkProperty(problems, "subject", input.subject(), rule, what);
		checkProperty(problems, "subjectEn", input.subjectEn(), rule, what);
		problems.notApplicable("since", input.since(), rule.properties().contains("since"), what);
		problems.notApplicable("past", input.past(), rule.properties().contains("past"), what);
		if (input.type() == RelationKind.COOPERATES_WITH) {
			problems.requireOneOf("status", input.status(), "CooperationStatus", this.vocabulary.values("CooperationStatus"));
		}
		if (input.type() == RelationKind.PARTICIPATES_IN) {
			problems.requireOneOf("status", input.status(), "ProgramStatus", this.vocabulary.values("ProgramStatus"));
		}
		notInTheFuture(problems, "since", input.since(), now);
		problems.requireEvidence(input.sources(), this.graph::existingSources);
		if (problems.any()) {
			return RelationshipPayload.failed(rollBack(problems));
		}
		boolean created = !this.graph.relationshipExists(input.type(), input.from(), input.to());
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("role", input.role());
		properties.put("roleEn", input.roleEn());
		properties.put("status", input.status());
		properties.put("subject", input.subject());
		properties.put("subjectEn", input.subjectEn());
		properties.put("since", input.since());
		properties.put("past", input.past());
		properties.values().removeIf(Objects::isNull);
		Relationship relationship = this.graph.writeRelationship(input.type(), input.from(), input.to(), properties,
				evidence(input.sources()), now, user);
		changed("addRelationship");
		return new RelationshipPayload(relationship, created, List.of());
	}

	RetractionPayload retractFact(RetractionInput input, String user) {
		OffsetDateTime now = this.graph.lock();
		var problems = new Problems();
		problems.requireText("reason", input.reason());
		if ((input.entity() == null) == (input.relationship() == null)) {
			problems.add("entity", FieldError.Code.INVALID,
					"Give exactly one of entity (an entity id) and relationship (type, from, to).");
		}
		String reason = (input.reason() != null) ? input.reason().strip() : "";
		List<Map<String, Object>> records = new ArrayList<>();
		if (input.entity() != null) {
			records.addAll(this.graph.entityRetraction(input.entity(), reason, now, user));
			if (records.isEmpty()) {
				problems.add("entity", FieldError.Code.NOT_FOUND, "No entity with id '" + input.entity() + "'.");
			}
		}
		else if (input.relationship() != null) {
			RelationshipRef ref = input.relationship();
			Map<String, Object> record = this.graph.relationshipRetraction(ref, reason, now, user);
			if (record == null) {
				problems.add("relationship", FieldError.Code.NOT_FOUND, "No " + ref.type() + " relationship from '"
						+ ref.from() + "' to '" + ref.to() + "'.");
			}
			else {
				records.add(record);
			}
		}
		if (problems.any()) {
			return RetractionPayload.failed(rollBack(problems));
		}
		List<Retraction> retractions = this.graph.retract(records, input.entity(), input.relationship(), reason, now,
				user);
		changed("retractFact");
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

	private void changed(String mutation) {
		this.events.publishEvent(new GraphChanged(mutation));
	}

	private void checkKindFields(Problems problems, EntityInput input, OffsetDateTime now) {
		EntityType type = input.type();
		String kinds = type.name().toLowerCase() + " entities";
		boolean person = type == EntityType.PERSON;
		boolean program = type == EntityType.PROGRAM;
		boolean event = type == EntityType.EVENT;
		problems.optionalTexts("aliases", input.aliases());
		problems.optionalTexts("aliasesEn", input.aliasesEn());
		problems.optionalTexts("titles", input.titles());
		problems.optionalTexts("titlesEn", input.titlesEn());
		problems.notApplicable("titles", input.titles(), person, kinds);
		problems.notApplicable("titlesEn", input.titlesEn(), person, kinds);
		if (input.titles() != null && input.titlesEn() != null && input.titles().size() != input.titlesEn().size()) {
			problems.add("titlesEn", FieldError.Code.INVALID, "titlesEn must translate titles one to one ("
					+ input.titles().size() + " titles, " + input.titlesEn().size() + " translations).");
		}
		String kindEnum = switch (type) {
			case INSTITUTION -> "InstitutionKind";
			case ASSOCIATION -> "AssociationKind";
			case PROGRAM -> "ProgramKind";
			case EVENT -> "EventKind";
			default -> null;
		};
		problems.notApplicable("kind", input.kind(), kindEnum != null, kinds);
		if (kindEnum != null) {
			problems.requireOneOf("kind", input.kind(), kindEnum, this.vocabulary.values(kindEnum));
		}
		problems.notApplicable("status", input.status(), program || event, kinds);
		if (program || event) {
			String statusEnum = program ? "ProgramStatus" : "EventStatus";
			problems.requireOneOf("status", input.status(), statusEnum, this.vocabulary.values(statusEnum));
		}
		problems.notApplicable("region", input.region(), type == EntityType.INSTITUTION, kinds);
		problems.optionalText("region", input.region());
		problems.notApplicable("iso2", input.iso2(), type == EntityType.COUNTRY, kinds);
		for (var field : new String[][] { { "frequency", input.frequency() }, { "description", input.description() },
				{ "descriptionEn", input.descriptionEn() } }) {
			problems.notApplicable(field[0], field[1], program, kinds);
			problems.optionalText(field[0], field[1]);
		}
		for (var field : new String[][] { { "dateText", input.dateText() }, { "outcome", input.outcome() },
				{ "outcomeEn", input.outcomeEn() } }) {
			problems.notApplicable(field[0], field[1], event, kinds);
			problems.optionalText(field[0], field[1]);
		}
		problems.notApplicable("date", input.date(), event, kinds);
		problems.notApplicable("datePrecision", input.datePrecision(), event, kinds);
		problems.notApplicable("count", input.count(), event, kinds);
		if (event && input.date() == null && (input.datePrecision() != null || input.dateText() != null)) {
			problems.add("date", FieldError.Code.REQUIRED, "datePrecision and dateText describe a date: give the date too.");
		}
		if (event && input.status() != null && input.status().equals("HELD") && input.date() != null
				&& input.date().isAfter(now.toLocalDate())) {
			problems.add("date", FieldError.Code.INVALID,
					"An event dated " + input.date() + " cannot have been HELD yet; make it PLANNED.");
		}
	}

	private static void checkProperty(Problems problems, String field, @Nullable String value, RelationKind rule,
			String what) {
		problems.notApplicable(field, value, rule.properties().contains(field), what);
		problems.optionalText(field, value);
	}

	private static void notInTheFuture(Problems problems, String field, @Nullable LocalDate date, OffsetDateTime now) {
		if (date != null && date.isAfter(now.toLocalDate())) {
			problems.add(field, FieldError.Code.INVALID, field + " must not be in the future, was " + date + ".");
		}
	}

	/** The stored properties of the input: for a new entity every property with its default, else those given. */
	private static Map<String, Object> entityProperties(EntityInput input, boolean creating) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		String name = (input.name() != null) ? input.name().strip() : null;
		properties.put("name", name);
		String nameEn = (input.nameEn() != null) ? input.nameEn().strip() : null;
		if (nameEn == null && name != null && input.type() == EntityType.PERSON) {
			nameEn = Names.transliterate(name);
		}
		properties.put("nameEn", nameEn);
		properties.put("aliases", stripped(input.aliases(), creating));
		properties.put("aliasesEn", stripped(input.aliasesEn(), creating));
		if (input.type() == EntityType.PERSON) {
			properties.put("titles", stripped(input.titles(), creating));
			properties.put("titlesEn", stripped(input.titlesEn(), creating));
		}
		properties.put("kind", (input.kind() == null && creating && input.type() != EntityType.PERSON
				&& input.type() != EntityType.CITY && input.type() != EntityType.COUNTRY
				&& input.type() != EntityType.TOPIC) ? "OTHER" : input.kind());
		properties.put("region", input.region());
		properties.put("iso2", input.iso2());
		properties.put("status", input.status());
		properties.put("frequency", input.frequency());
		properties.put("description", input.description());
		properties.put("descriptionEn", input.descriptionEn());
		properties.put("outcome", input.outcome());
		properties.put("outcomeEn", input.outcomeEn());
		properties.put("count", input.count());
		if (input.date() != null) {
			properties.put("date", input.date());
			properties.put("datePrecision", (input.datePrecision() != null) ? input.datePrecision() : "DAY");
			properties.put("dateRelative", input.dateText() != null);
			properties.put("dateText", input.dateText());
		}
		properties.values().removeIf(Objects::isNull);
		@SuppressWarnings("NullAway")
		Map<String, Object> present = new LinkedHashMap<>(properties);
		return present;
	}

	private static @Nullable List<String> stripped(@Nullable List<String> values, boolean creating) {
		if (values == null) {
			return creating ? List.of() : null;
		}
		return values.stream().map(String::strip).distinct().toList();
	}

	private static List<Map<String, String>> evidence(@Nullable List<EvidenceInput> sources) {
		return Objects.requireNonNull(sources)
			.stream()
			.map(e -> Map.of("source", e.source(), "evidence", e.evidence().strip()))
			.toList();
	}

}
