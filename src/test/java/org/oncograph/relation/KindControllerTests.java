package org.oncograph.relation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.Institution;
import org.oncograph.entity.Person;
import org.oncograph.entity.Provenance;
import org.oncograph.entity.Source;
import org.oncograph.error.OncoGraphException;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.TransactionSystemException;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

/**
 * The kinds' lookups and the relationship fields wired from the model, on a mocked graph:
 * a person with batched affiliations read through the wiring, and the error shapes.
 */
@GraphQlTest(KindController.class)
@Import({ Paging.class, RelationWiring.class, RelationLoaders.class })
class KindControllerTests {

	static final Person KAPRIN = new Person("person:kaprin-andrey", "Андрей Каприн", "Andrey Kaprin", List.of(),
			List.of(), Map.of(), List.of(), List.of());

	static final Institution CENTRE = new Institution("institution:nmrc-radiology", "НМИЦ радиологии",
			"National Medical Research Radiological Centre", List.of(), List.of(), Map.of(), "RESEARCH_INSTITUTE",
			null);

	static final Source SOURCE = new Source("source:002", "О международном сотрудничестве", null, false, "БЕЛТА",
			LocalDate.of(2025, 11, 20), null, Locale.forLanguageTag("ru"), "DOCUMENT", null);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	EntityReader entities;

	@MockitoBean
	EntityLookup lookup;

	@MockitoBean
	Relations relations;

	@Test
	void readsAPersonWithAffiliationsAndTheirSources() {
		given(this.lookup.entity(eq("person:kaprin-andrey"), eq(EntityType.PERSON), any())).willReturn(KAPRIN);
		given(this.relations.load(any(), eq(RelationFields.at("Person.affiliations")), anyLong()))
			.willAnswer(call -> new Relations.Batch<>(
					Map.of(KAPRIN, List.of(new Link(RelationKind.AFFILIATED_WITH, KAPRIN, CENTRE,
							Map.of("role", "генеральный директор", "roleEn", "director general"),
							List.of(new Provenance(SOURCE, "генеральный директор НМИЦ радиологии Андрей Каприн"))))),
					1));
		this.graphQl.documentName("person")
			.variable("id", "person:kaprin-andrey")
			.execute()
			.errors()
			.verify()
			.path("person")
			.matchesJson("""
					{
					  "id": "person:kaprin-andrey",
					  "nameEn": "Andrey Kaprin",
					  "affiliations": [{
					    "role": "генеральный директор",
					    "institution": {"id": "institution:nmrc-radiology"},
					    "sources": [{"source": {"id": "source:002", "publishedOn": "2025-11-20"},
					                 "evidence": "генеральный директор НМИЦ радиологии Андрей Каприн"}]
					  }]
					}""");
	}

	@Test
	void unknownIdIsNullWithNotFoundNamingTheId() {
		given(this.lookup.entity(eq("person:nobody"), eq(EntityType.PERSON), any()))
			.willThrow(new OncoGraphException.NotFound("person:nobody", "person"));
		this.graphQl.documentName("person")
			.variable("id", "person:nobody")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
					&& error.getMessage().equals("No person with id 'person:nobody'.")
					&& "person:nobody".equals(error.getExtensions().get("id")))
			.verify()
			.path("person")
			.valueIsNull();
	}

	@Test
	void aStatementStoppedAtTheTransactionTimeoutIsATimeoutErrorAndOtherDatabaseFailuresStayInternal() {
		// What Spring Data Neo4j throws when the driver reports the transaction timeout,
		// as seen at 5x scale.
		timeoutThenInternal(
				new InvalidDataAccessResourceUsageException("The transaction has been terminated.",
						new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
								"timed out")),
				new InvalidDataAccessResourceUsageException("Syntax error",
						new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'")),
				"MATC");
	}

	@Test
	void aCommitStoppedAtTheTransactionTimeoutIsATimeoutErrorAndOtherRefusedCommitsStayInternal() {
		// What the transaction manager throws when Neo4j refuses the commit
		// (database.TransactionConfiguration).
		timeoutThenInternal(
				new TransactionSystemException("Neo4j did not commit the transaction: terminated",
						new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
								"The transaction has been terminated.")),
				new TransactionSystemException("Neo4j did not commit the transaction: terminated", new ClientException(
						"Neo.ClientError.Transaction.Terminated", "Explicitly terminated by the user.")),
				"terminated");
	}

	/**
	 * The lookup failing with {@code timeout} answers a TIMEOUT naming the field; failing
	 * with {@code other}, an INTERNAL_ERROR that says neither {@code secret} nor a class.
	 */
	private void timeoutThenInternal(RuntimeException timeout, RuntimeException other, String secret) {
		given(this.lookup.entity(eq("person:kaprin-andrey"), eq(EntityType.PERSON), any())).willThrow(timeout);
		this.graphQl.documentName("person")
			.variable("id", "person:kaprin-andrey")
			.execute()
			.errors()
			.expect(error -> "TIMEOUT".equals(error.getErrorType().toString())
					&& error.getMessage().startsWith("'person' took longer than the server's query timeout")
					&& "person".equals(error.getExtensions().get("field")))
			.verify();
		willThrow(other).given(this.lookup).entity(eq("person:kaprin-andrey"), eq(EntityType.PERSON), any());
		this.graphQl.documentName("person")
			.variable("id", "person:kaprin-andrey")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.INTERNAL_ERROR && !error.getMessage().contains(secret)
					&& !error.getMessage().contains("Exception"))
			.verify();
	}

	@Test
	void pageBeyondTheMaximumIsABadRequest() {
		this.graphQl.documentName("peoplePage")
			.variable("first", 101)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().equals("Argument 'first' must be between 1 and 100, was 101.")
					&& "first".equals(error.getExtensions().get("argument")))
			.verify();
	}

}
