package org.oncograph.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oncograph.entity.Person;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

/**
 * The search field on a mocked index: hits as returned, types passed on, size limit
 * enforced.
 */
@GraphQlTest(SearchController.class)
@Import(Paging.class)
class SearchControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	Search search;

	@Test
	void returnsHitsWithTheNameThatMatched() {
		var kaprin = new Person("person:kaprin-andrey", "Андрей Каприн", "Andrey Kaprin", List.of(), List.of(),
				Map.of(), List.of(), List.of());
		given(this.search.search("Kaprin", List.of(EntityType.PERSON), 10))
			.willReturn(List.of(new SearchHit(8.75, kaprin, "Andrey Kaprin")));
		this.graphQl.documentName("search")
			.variable("text", "Kaprin")
			.variable("types", List.of("PERSON"))
			.execute()
			.path("search")
			.matchesJson("""
					[{"score": 8.75, "matchedName": "Andrey Kaprin",
					  "node": {"id": "person:kaprin-andrey", "type": "PERSON", "name": "Андрей Каприн"}}]""");
	}

	@Test
	void moreHitsThanTheMaximumIsABadRequest() {
		this.graphQl.documentName("search")
			.variable("text", "Kaprin")
			.variable("first", 500)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("'first'")
					&& error.getMessage().contains("between 1 and 100"))
			.verify();
	}

	@Test
	void aTextOfMoreWordsOrCharactersThanTheLimitIsABadRequestAndNotSearched() {
		String words = String.join(" ", java.util.Collections.nCopies(SearchArguments.MAX_WORDS + 1, "Kaprin"));
		String characters = "K".repeat(SearchArguments.MAX_CHARACTERS + 1);
		for (String text : List.of(words, characters)) {
			this.graphQl.documentName("search")
				.variable("text", text)
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
						&& error.getMessage().startsWith("text has ")
						&& error.getMessage().contains("a search text may have")
						&& "text".equals(error.getExtensions().get("argument")))
				.verify();
		}
		org.mockito.Mockito.verifyNoInteractions(this.search);
	}

}
