package org.oncograph.reconcile;

import java.util.List;
import java.util.Map;

import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.oncograph.reconcile.Facts.Cited;
import org.oncograph.reconcile.Facts.Named;
import org.oncograph.reconcile.Facts.Related;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML preview of an entity OpenRefine shows in a small frame: its name in Russian
 * and English, its kind, city and country, a few relationships and the documents that
 * name it. Every text from the graph is HTML-escaped (names come from documents and
 * curators); the page has no script and its policy allows none.
 */
@Service
class Preview {

	static final int WIDTH = 420;

	static final int HEIGHT = 220;

	private final FactsReader facts;

	Preview(FactsReader facts) {
		this.facts = facts;
	}

	/** The page of the entity with this id, or NOT_FOUND. */
	String html(String id) {
		Map<String, Facts> read = this.facts.read(List.of(id));
		Facts fact = read.get(id);
		if (fact == null) {
			throw new OncoGraphException.NotFound(id, "entity");
		}
		Entity entity = fact.entity();
		StringBuilder html = new StringBuilder(2048);
		html.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(entity.name()))
			.append("</title><style>body{font:13px/1.35 sans-serif;margin:6px}h1{font-size:15px;margin:0}")
			.append("p{margin:2px 0}.en{color:#555}ul{margin:2px 0;padding-left:16px}</style></head><body>\n")
			.append("<h1>")
			.append(escape(entity.name()))
			.append("</h1>\n<p class=\"en\">")
			.append(escape(entity.nameEn()))
			.append("</p>\n<p>")
			.append(escape(entity.type().label()));
		String kind = fact.kind();
		if (kind != null) {
			html.append(" · ").append(escape(kind));
		}
		if (fact.date() != null) {
			html.append(" · ").append(fact.date());
		}
		for (Named place : fact.cities()) {
			html.append(" · ").append(escape(place.name()));
		}
		for (Named place : fact.countries()) {
			html.append(" · ").append(escape(place.name()));
		}
		html.append("</p>\n");
		if (!fact.related().isEmpty()) {
			html.append("<ul>");
			for (Related related : fact.related()) {
				html.append("<li>")
					.append(related.outgoing() ? "→ " : "← ")
					.append(escape(related.relation()))
					.append(": ")
					.append(escape(related.name()))
					.append("</li>");
			}
			html.append("</ul>\n");
		}
		if (!fact.sources().isEmpty()) {
			html.append("<p>Источники:</p><ul>");
			for (Cited source : fact.sources()) {
				html.append("<li>").append(escape(source.title()));
				String evidence = source.evidence();
				if (evidence != null) {
					html.append(" — «").append(escape(evidence)).append("»");
				}
				html.append("</li>");
			}
			html.append("</ul>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
