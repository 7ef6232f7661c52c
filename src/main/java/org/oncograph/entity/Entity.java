package org.oncograph.entity;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;

/**
 * Something the documents name: the GraphQL {@code Entity} interface, implemented by one
 * record per kind.
 */
public interface Entity extends GraphNode {

	String name();

	String nameEn();

	List<String> aliases();

	List<String> aliasesEn();

	/** Optional external ids (wikidata, ror, orcid, geonames) that the node carries. */
	Map<String, Object> externalIds();

	/** The kind of entity this record is. */
	EntityType type();

	default @Nullable URL wikidataUrl() {
		Object wikidata = externalIds().get("wikidata");
		if (wikidata == null) {
			return null;
		}
		try {
			return URI.create("https://www.wikidata.org/wiki/" + wikidata).toURL();
		}
		catch (MalformedURLException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** Every name of the entity: name, English name, then the aliases. */
	default List<String> allNames() {
		var names = new ArrayList<String>();
		names.add(name());
		names.add(nameEn());
		names.addAll(aliases());
		names.addAll(aliasesEn());
		return names;
	}

}
