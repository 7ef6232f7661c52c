package org.oncograph.reconcile;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.reconcile.Candidate.Feature;
import org.oncograph.reconcile.ReconQuery.Strictness;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of reconciliation without a database: how names compare, when the best
 * candidate is a sure match, and the checks of a query.
 */
@Tag("rules")
class MatchRulesTests {

	private static final ReconcileProperties LIMITS = new ReconcileProperties(50, 500, 25, DataSize.ofMegabytes(1));

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource({ "Андрея Каприна, Андрей Каприн", "Кондратовичем, Кондратович",
			"Минского городского клинического онкологического центра, Минский городской клинический онкологический центр",
			"Moiseenko, Moiseyenko", "Капрни, Каприн", "Centre, Center", "Gulmira, Gulʹmira" })
	void caseFormsTyposAndSpellingsAgreeWordForWord(String query, String name) {
		assertThat(NameMatch.similarity(NameMatch.terms(query), NameMatch.terms(name))).isEqualTo(1.0);
	}

	@Test
	void partsOfANameAgreeInPart() {
		assertThat(NameMatch.similarity(NameMatch.terms("Каприн"), NameMatch.terms("Андрей Каприн"))).isEqualTo(0.75);
		assertThat(NameMatch.similarity(NameMatch.terms("Поляков"), NameMatch.terms("Андрей Каприн"))).isZero();
		assertThat(NameMatch.agree("каприн", "капрна")).isFalse();
		assertThat(NameMatch.agree("рак", "мак")).as("short words must be equal").isFalse();
	}

	@Test
	void anExactNameIsWhatAReaderSees() {
		assertThat(NameMatch.normalized("УЗ «Минский  городской»")).isEqualTo("уз минский городской");
		assertThat(NameMatch.normalized("В.Моисеенко")).isEqualTo(NameMatch.normalized("в моисеенко"));
		assertThat(NameMatch.normalized("Алёна")).isEqualTo("алена");
	}

	@Test
	void onlyAnExactUnambiguousUncontradictedCandidateIsASureMatch() {
		ReconQuery query = new ReconQuery("q", "Андрей Каприн", List.of(EntityType.PERSON), Strictness.ANY, 5,
				List.of());
		Candidate exact = candidate(100, true, true, 1);
		assertThat(Reconciler.unambiguous(query, exact, null)).isTrue();
		assertThat(Reconciler.unambiguous(query, exact, candidate(100 - Reconciler.MATCH_MARGIN, false, true, 0)))
			.isTrue();
		assertThat(Reconciler.unambiguous(query, exact, candidate(85, false, true, 0))).as("too close").isFalse();
		assertThat(Reconciler.unambiguous(query, candidate(100, false, true, 0), null)).as("not exact").isFalse();
		assertThat(Reconciler.unambiguous(query, candidate(70, true, true, -1), null)).as("contradicted").isFalse();
		assertThat(Reconciler.unambiguous(query, candidate(70, true, false, 0), null)).as("other kind").isFalse();
	}

	private static Candidate candidate(double score, boolean exact, boolean kind, int city) {
		return new Candidate("person:x", "x", null, List.of(), score, false, List.of(new Feature("name_exact", exact),
				new Feature("type_match", kind), new Feature("property_city", city)));
	}

	@Test
	void aQueryIsReadWithItsDefaults() {
		ReconQuery query = ReconQuery.of("q", this.json.readTree("{\"query\": \" Минск \", \"type\": [\"city\"],"
				+ " \"properties\": [{\"pid\": \"country\", \"v\": [\"Беларусь\", {\"id\": \"country:belarus\"}]}]}"),
				LIMITS);
		assertThat(query.query()).isEqualTo("Минск");
		assertThat(query.types()).containsExactly(EntityType.CITY);
		assertThat(query.strict()).isEqualTo(Strictness.ANY);
		assertThat(query.limit()).isEqualTo(ReconQuery.DEFAULT_LIMIT);
		assertThat(query.constraints().get(0).property()).isEqualTo(ReconProperty.COUNTRY);
		assertThat(query.constraints().get(0).values()).hasSize(2);
	}

	@Test
	void aQueryWithAnUnknownFieldIsRefused() {
		assertThatExceptionOfType(OncoGraphException.BadRequest.class)
			.isThrownBy(() -> ReconQuery.of("q7", this.json.readTree("{\"query\": \"x\", \"lang\": \"ru\"}"), LIMITS))
			.withMessage("Query 'q7' has an unknown field 'lang' (the fields are query, type, limit, type_strict and"
					+ " properties).");
	}

}
