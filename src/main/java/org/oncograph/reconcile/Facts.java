package org.oncograph.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Association;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Event;
import org.oncograph.entity.Institution;
import org.oncograph.entity.Program;

/**
 * What reconciliation, previews and data extension know of an entity beyond its names:
 * the cities and countries it is in (a person through the institutions it is affiliated
 * with, an event through where it took place), its affiliations, its degree, and, for a
 * preview, the first sources that name it and a few of its relationships.
 *
 * @param entity the entity
 * @param cities its cities (itself for a city)
 * @param countries its countries (itself for a country)
 * @param affiliations the institutions a person is affiliated with or a member of
 * @param degree how many relationships it has with other entities
 * @param sources the first {@value FactsReader#FEW} documents that name it, by id
 * @param related the first {@value FactsReader#FEW} of its relationships, by the other
 * end's id
 */
record Facts(Entity entity, List<Named> cities, List<Named> countries, List<Named> affiliations, long degree,
		List<Cited> sources, List<Related> related) {

	/** Its {@code kind}, for the kinds that have one. */
	@Nullable String kind() {
		return switch (this.entity) {
			case Institution institution -> institution.kind();
			case Association association -> association.kind();
			case Program program -> program.kind();
			case Event event -> event.kind();
			default -> null;
		};
	}

	/** An event's date. */
	@Nullable LocalDate date() {
		return (this.entity instanceof Event event) ? event.date() : null;
	}

	/** Another entity, by its names. */
	record Named(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn) {

		List<String> names() {
			List<String> names = new ArrayList<>();
			names.add(this.name);
			names.add(this.nameEn);
			names.addAll(this.aliases);
			names.addAll(this.aliasesEn);
			return names;
		}

	}

	/** A document that names the entity, with the words it uses. */
	record Cited(String id, String title, @Nullable String evidence) {
	}

	/** A relationship of the entity: its type, direction and other end. */
	record Related(String relation, boolean outgoing, String id, String name) {
	}

}
