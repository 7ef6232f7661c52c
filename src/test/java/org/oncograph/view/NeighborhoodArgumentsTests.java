package org.oncograph.view;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;
import org.oncograph.view.NeighborhoodArguments.NeighborhoodRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every check of a neighbourhood's arguments, without a database: the argument named and
 * the words.
 */
@Tag("rules")
class NeighborhoodArgumentsTests {

	static final String ID = "person:a";

	static NeighborhoodArguments arguments(@Nullable Integer depth, @Nullable Integer limit,
			@Nullable Integer maxDegree) {
		return new NeighborhoodArguments(ID, depth, limit, maxDegree, null, null, true, null);
	}

	static void refused(NeighborhoodArguments arguments, String argument, String message) {
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(arguments::request)
			.withMessage(message)
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo(argument));
	}

	@Test
	void depthOutsideOneToThreeIsRefused() {
		refused(arguments(0, 200, 1000), "depth", "depth must be between 1 and 3, was 0.");
		refused(arguments(4, 200, 1000), "depth", "depth must be between 1 and 3, was 4.");
		assertThat(arguments(3, 200, 1000).request().depth()).isEqualTo(3);
	}

	@Test
	void limitOutsideOneToFiveHundredIsRefused() {
		refused(arguments(1, 0, 1000), "limit", "limit must be between 1 and 500, was 0.");
		refused(arguments(1, 501, 1000), "limit", "limit must be between 1 and 500, was 501.");
		assertThat(arguments(1, 500, 1000).request().limit()).isEqualTo(500);
	}

	@Test
	void aNegativeMaxDegreeIsRefusedAndNullGoesThroughEveryEntity() {
		refused(arguments(2, 200, -1), "maxDegree", "maxDegree must not be negative, was -1.");
		assertThat(arguments(2, 200, 0).request().maxDegree()).isZero();
		assertThat(arguments(2, 200, null).request().maxDegree()).isNull();
	}

	@Test
	void aLeftOutCentreIsRefused() {
		refused(new NeighborhoodArguments(null, 1, 200, 1000, null, null, null, null), "id",
				"id is required: the entity at the centre.");
	}

	@Test
	void kindsBecomeLabelsAndRelationshipTypesAndNoneMeansAll() {
		NeighborhoodRequest request = new NeighborhoodArguments(ID, 2, 10, 5, List.of(EntityType.PERSON),
				List.of(RelationKind.MEMBER_OF), null, Lang.ru)
			.request();
		assertThat(request).isEqualTo(new NeighborhoodRequest(ID, 2, 10, 5, List.of(EntityType.PERSON.label()),
				List.of("MEMBER_OF"), null, Lang.ru));
		NeighborhoodRequest all = new NeighborhoodArguments(ID, 1, 200, null, List.of(), List.of(), null, null)
			.request();
		assertThat(all.labels()).isNull();
		assertThat(all.relations()).isNull();
		assertThat(all.lang()).isEqualTo(Lang.en);
	}

	@Test
	void leftOutQueryParametersTakeTheSchemasDefaults() {
		var leftOut = new NeighborhoodArguments(ID, null, null, null, null, null, null, null);
		assertThat(leftOut.withSchemaDefaults()).isEqualTo(arguments(1, 200, 1000));
		assertThat(arguments(2, 10, 0).withSchemaDefaults()).isEqualTo(arguments(2, 10, 0));
	}

	@Test
	void withoutFarGeographyThePlacesAreKeptNearTheCentreAndLeftOutOrTrueTreatsThemAsAnyEntity() {
		NeighborhoodRequest near = new NeighborhoodArguments(ID, 3, 200, 1000, null, null, false, null).request();
		assertThat(near.nearGeography()).containsExactlyInAnyOrder(EntityType.CITY.label(), EntityType.COUNTRY.label());
		assertThat(arguments(3, 200, 1000).request().nearGeography()).isNull();
		var leftOut = new NeighborhoodArguments(ID, 3, 200, 1000, null, null, null, null);
		assertThat(leftOut.request().nearGeography()).isNull();
		assertThat(leftOut.withSchemaDefaults().farGeography()).isTrue();
	}

}
