package org.oncograph.stats;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code stats} and its fields. */
@Controller
class StatsController {

	private final StatsReader stats;

	StatsController(StatsReader stats) {
		this.stats = stats;
	}

	@QueryMapping
	Stats stats() {
		return new Stats();
	}

	@SchemaMapping
	List<Count> byType(Stats stats) {
		return this.stats.byType();
	}

	@SchemaMapping
	List<Count> byCountry(Stats stats) {
		return this.stats.byCountry();
	}

	@SchemaMapping
	List<Count> byCity(Stats stats) {
		return this.stats.byCity();
	}

	@SchemaMapping
	List<Count> byYear(Stats stats) {
		return this.stats.byYear();
	}

	@SchemaMapping
	@Nullable OffsetDateTime loadedAt(Stats stats) {
		return this.stats.loadedAt();
	}

}
