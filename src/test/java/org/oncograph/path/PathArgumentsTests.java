package org.oncograph.path;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every check of a path search's arguments, without a database: the argument named and
 * the words.
 */
@Tag("rules")
class PathArgumentsTests {

	static final String A = "person:a";

	static final String B = "person:b";

	static PathArguments hops(@Nullable Integer maxHops, @Nullable Integer k) {
		return new PathArguments(A, B, maxHops, k, null, null, null, null, null, null, null);
	}

	static void refused(PathArguments arguments, String argument, String message) {
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(arguments::request)
			.withMessage(message)
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo(argument));
	}

	@Test
	void leftOutArgumentsTakeTheSchemasDefaults() {
		PathRequest request = hops(null, null).request();
		assertThat(request).isEqualTo(
				new PathRequest(A, B, 6, 1, false, RelationKind.types(null, false), List.of(), null, null, Lang.en));
	}

	@Test
	void givenArgumentsAreKept() {
		var from = LocalDate.of(2020, 1, 1);
		var to = LocalDate.of(2021, 1, 1);
		PathRequest request = new PathArguments(A, B, 8, 10, true, List.of(RelationKind.MEMBER_OF), true,
				List.of("person:c"), from, to, Lang.ru)
			.request();
		assertThat(request).isEqualTo(new PathRequest(A, B, 8, 10, true,
				RelationKind.types(List.of(RelationKind.MEMBER_OF), true), List.of("person:c"), from, to, Lang.ru));
		assertThat(request.types()).containsExactlyInAnyOrder("MEMBER_OF", "LOCATED_IN");
	}

	@Test
	void maxHopsOutsideOneToEightIsRefused() {
		refused(hops(0, null), "maxHops", "maxHops must be between 1 and 8, was 0.");
		refused(hops(9, null), "maxHops", "maxHops must be between 1 and 8, was 9.");
		assertThat(hops(1, null).request().maxHops()).isEqualTo(1);
		assertThat(hops(8, null).request().maxHops()).isEqualTo(8);
	}

	@Test
	void kOutsideOneToTenIsRefused() {
		refused(hops(null, 0), "k", "k must be between 1 and 10, was 0.");
		refused(hops(null, 11), "k", "k must be between 1 and 10, was 11.");
		assertThat(hops(null, 10).request().k()).isEqualTo(10);
	}

	@Test
	void theSameEntityAtBothEndsIsRefused() {
		refused(new PathArguments(A, A, null, null, null, null, null, null, null, null, null), "to",
				"from and to are the same entity ('person:a'): ask for two different ids.");
	}

	@Test
	void anEmptyListOfRelationsIsRefused() {
		refused(new PathArguments(A, B, null, null, null, List.of(), null, null, null, null, null), "relations",
				"relations must name at least one relation kind, or be left out for the cooperation kinds.");
	}

	@Test
	void excludingAnEndIsRefused() {
		refused(new PathArguments(A, B, null, null, null, null, null, List.of("person:c", A), null, null, null),
				"excludeIds", "excludeIds must not contain the start or end of the path ('person:a').");
		refused(new PathArguments(A, B, null, null, null, null, null, List.of(B), null, null, null), "excludeIds",
				"excludeIds must not contain the start or end of the path ('person:b').");
	}

	@Test
	void aWindowEndingBeforeItStartsIsRefused() {
		refused(new PathArguments(A, B, null, null, null, null, null, null, LocalDate.of(2021, 1, 2),
				LocalDate.of(2021, 1, 1), null), "dateFrom",
				"dateFrom (2021-01-02) must not be after dateTo (2021-01-01).");
		assertThat(new PathArguments(A, B, null, null, null, null, null, null, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 1, 1), null)
			.request()
			.dateFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	void aLeftOutEndIsRefusedNamingIt() {
		refused(new PathArguments(null, B, null, null, null, null, null, null, null, null, null), "from",
				"from is required: the id the paths start at.");
		refused(new PathArguments(A, null, null, null, null, null, null, null, null, null, null), "to",
				"to is required: the id the paths end at.");
	}

}
