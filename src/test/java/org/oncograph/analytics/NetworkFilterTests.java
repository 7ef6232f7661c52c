package org.oncograph.analytics;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checks and the network of the analytics' and the graph export's filter, without a
 * database.
 */
@Tag("rules")
class NetworkFilterTests {

	static NetworkFilter first(Integer first) {
		return new NetworkFilter(null, null, false, first, null);
	}

	static NetworkFilter minSize(Integer minSize) {
		return new NetworkFilter(null, null, false, null, minSize);
	}

	@Test
	void firstOutsideOneToFiveHundredIsRefused() {
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(() -> first(0).checkedFirst())
			.withMessage("first must be between 1 and 500, was 0.")
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo("first"));
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(() -> first(501).checkedFirst())
			.withMessage("first must be between 1 and 500, was 501.")
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo("first"));
		assertThat(first(500).checkedFirst()).isEqualTo(500);
		assertThat(new NetworkFilter(null, null, null, null, null).checkedFirst()).isEqualTo(20);
	}

	@Test
	void minSizeBelowOneIsRefused() {
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(() -> minSize(0).checkedMinSize())
			.withMessage("minSize must be at least 1, was 0.")
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo("minSize"));
		assertThat(minSize(1).checkedMinSize()).isEqualTo(1);
		assertThat(minSize(null).checkedMinSize()).isEqualTo(1);
	}

	@Test
	void theNetworkIsTheCooperationKindsUnlessOthersAreNamedPlusGeographyWhenAsked() {
		assertThat(new NetworkFilter(null, null, null, null, null).relationTypes())
			.isEqualTo(RelationKind.types(null, false));
		assertThat(new NetworkFilter(null, List.of(RelationKind.MEMBER_OF), true, null, null).relationTypes())
			.isEqualTo(RelationKind.types(List.of(RelationKind.MEMBER_OF), true));
	}

}
