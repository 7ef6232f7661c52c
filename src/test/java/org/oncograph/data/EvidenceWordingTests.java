package org.oncograph.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quote states its relationship: a relationship's evidence from a document names
 * both of its ends (in any case form), or one end and the words of its predicate (its
 * kind's verbs, its role or its subject). The exceptions are listed, each with the reason
 * it still states the relationship, in {@code facts/evidence-allow-list.tsv}; an entry no
 * longer needed fails the test too, so the list stays reviewed. Verbatim quotes about
 * something else (a list item under a heading, a neighbouring clause) are what it
 * catches.
 */
@GraphTest
class EvidenceWordingTests {

	/**
	 * The words that state each kind of relationship, as Russian stems (a word of the
	 * quote starting with one is the predicate's). Reviewed against the five documents.
	 */
	static final Map<String, List<String>> PREDICATE_STEMS = Map.ofEntries(
			entry("AFFILIATED_WITH", List.of("работ", "отработ", "сотрудник", "директор", "руковод", "заведующ")),
			entry("MEMBER_OF", List.of("член", "академик", "председател")),
			entry("PART_OF", List.of("рамках", "состав", "входит")),
			entry("PARTICIPATED_IN",
					List.of("участ", "присоедин", "провел", "провод", "выступ", "обсужд", "побыва", "делегац", "приех",
							"приглаш", "поед", "посет", "поздрав")),
			entry("PARTICIPATES_IN",
					List.of("участ", "присоедин", "работ", "выполня", "провод", "подключ", "руковод", "организ")),
			entry("COOPERATES_WITH",
					List.of("сотруднич", "взаимодейств", "партнер", "совместн", "предложени", "помож", "договорил")),
			entry("HOSTED_BY", List.of("провел", "провод", "провест", "организ", "запрос")),
			entry("TOOK_PLACE_AT", List.of("состоял", "прошел", "пройдет", "побыва", "посет")),
			entry("LOCATED_IN", List.of()),
			entry("ABOUT", List.of("тем", "посвящ", "област", "вопрос", "обсужд", "говор")),
			entry("CONCERNS", List.of("назначени", "разрешени", "соглашени")));

	/**
	 * How the documents name a country by its adjective or its people (a stem each),
	 * beside its names: «белорусских онкологов», «с китайской стороны».
	 */
	static final Map<String, List<String>> DEMONYMS = Map.of("Беларусь", List.of("белорус"), "Китай",
			List.of("китайск"), "Россия", List.of("российск", "россиян"), "Казахстан", List.of("казахстанц"), "Оман",
			List.of("оманск"));

	/** Words too short or too common to name anything. */
	private static final Set<String> STOP = Set.of("и", "в", "во", "на", "по", "с", "со", "из", "к", "о", "об", "от",
			"до", "для", "им", "имени", "не", "а", "но", "как", "за", "при", "или", "года");

	@Autowired
	Driver driver;

	@Test
	void everyQuoteNamesBothEndsOrOneEndAndItsPredicate() {
		Set<String> allowed = allowList();
		List<String> unstated = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (Record quote : quotes()) {
			String key = String.join("\t", quote.get("source").asString(), quote.get("from").asString(),
					quote.get("type").asString(), quote.get("to").asString());
			List<String> words = words(quote.get("evidence").asString());
			boolean start = names(words, quote.get("fromNames"), quote.get("fromPerson").asBoolean());
			boolean end = names(words, quote.get("toNames"), quote.get("toPerson").asBoolean());
			boolean predicate = predicate(words, quote.get("type").asString(), quote.get("wording"));
			if ((start && end) || ((start || end) && predicate)) {
				continue;
			}
			if (allowed.contains(key)) {
				used.add(key);
				continue;
			}
			unstated.add(key + "\t" + quote.get("evidence").asString());
		}
		assertThat(unstated).as("quotes that name neither both ends nor one end and the predicate").isEmpty();
		Set<String> stale = new TreeSet<>(allowed);
		stale.removeAll(used);
		assertThat(stale).as("allow-list entries no longer needed (remove them)").isEmpty();
	}

	@Test
	void theRuleCatchesAQuoteAboutSomethingElse() {
		List<String> words = words("Это событие стало знаковым этапом в укреплении медицинского партнерства");
		assertThat(names(words,
				org.neo4j.driver.Values.value(List.of("Минский городской клинический онкологический центр")), false))
			.isFalse();
		assertThat(names(words("главный врач Минского городского клинического онкологического центра"),
				org.neo4j.driver.Values.value(List.of("Минский городской клинический онкологический центр")), false))
			.isTrue();
		assertThat(names(words("с российскими коллегами"), org.neo4j.driver.Values.value(List.of("Россия")), false))
			.isTrue();
		assertThat(names(words("из ведущих региональных клиник Тулы"), org.neo4j.driver.Values.value(List.of("Тула")),
				false))
			.isTrue();
		assertThat(names(words("из ведущих региональных клиник Тулы"), org.neo4j.driver.Values.value(List.of("Самара")),
				false))
			.isFalse();
		assertThat(names(words("Виктора Кондратовича"), org.neo4j.driver.Values.value(List.of("Виктор Кондратович")),
				true))
			.isTrue();
	}

	private List<Record> quotes() {
		return this.driver.executableQuery("""
				MATCH (a:Entity)-[r]->(b:Entity) WHERE r.sources IS NOT NULL
				UNWIND range(0, size(r.sources) - 1) AS i
				WITH a, r, b, i WHERE EXISTS { (:Source {id: r.sources[i], kind: 'DOCUMENT'}) }
				RETURN r.sources[i] AS source, a.id AS from, type(r) AS type, b.id AS to, r.evidence[i] AS evidence,
				       [a.name] + coalesce(a.aliases, []) AS fromNames, a:Person AS fromPerson,
				       [b.name] + coalesce(b.aliases, []) AS toNames, b:Person AS toPerson,
				       [w IN [r.role, r.subject] WHERE w IS NOT NULL] AS wording""").execute().records();
	}

	/**
	 * Whether the quote names the entity: for a person, the surname; otherwise, for one
	 * of its names, two of its words (its only word when it has one), in any case form.
	 */
	static boolean names(List<String> quote, Value names, boolean person) {
		for (String name : names.asList(Value::asString)) {
			if (DEMONYMS.getOrDefault(name, List.of())
				.stream()
				.anyMatch(stem -> quote.stream().anyMatch(q -> q.startsWith(stem)))) {
				return true;
			}
			List<String> words = words(name);
			if (words.isEmpty()) {
				continue;
			}
			if (person) {
				words = List.of(words.getLast());
			}
			long found = words.stream().filter(word -> quote.stream().anyMatch(q -> sameWord(q, word))).count();
			if (found >= Math.min(2, words.size())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the quote holds a word of the kind's predicate, of the role or of the
	 * subject.
	 */
	private static boolean predicate(List<String> quote, String type, Value wording) {
		if (quote.stream().anyMatch(q -> PREDICATE_STEMS.get(type).stream().anyMatch(q::startsWith))) {
			return true;
		}
		for (String text : wording.asList(Value::asString)) {
			if (words(text).stream().anyMatch(word -> quote.stream().anyMatch(q -> sameWord(q, word)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Two words are case forms of one another when they share all but the last three
	 * letters of the shorter (and at least three: «Тула», «Тулы»); words of three letters
	 * or fewer must be equal.
	 */
	static boolean sameWord(String a, String b) {
		int shorter = Math.min(a.length(), b.length());
		if (shorter <= 3) {
			return a.equals(b);
		}
		int common = 0;
		while (common < shorter && a.charAt(common) == b.charAt(common)) {
			common++;
		}
		return common >= Math.max(3, shorter - 3);
	}

	/** The words of a text, lower case, ё as е, without the stop words. */
	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !STOP.contains(word))
			.toList();
	}

	private static Set<String> allowList() {
		try {
			Set<String> keys = new HashSet<>();
			for (String line : new ClassPathResource("facts/evidence-allow-list.tsv")
				.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				assertThat(cells).as("source, from, TYPE, to, reason: %s", line).hasSize(5);
				assertThat(cells[4]).as("the reason of %s", line).isNotBlank();
				keys.add(String.join("\t", Arrays.copyOf(cells, 4)));
			}
			return keys;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
