package org.oncograph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the synthetic graph of a {@link GenerationPlan}: every node, then every
 * relationship, each with provenance (a {@code MENTIONS} with evidence for nodes,
 * {@code sources} and {@code evidence} lists on relationships). Institution sizes, event
 * sizes and how often people and institutions take part follow skewed distributions
 * (Zipf, Pareto, preferential attachment). The same plan and seed give the same graph.
 */
final class SyntheticGraph {

	/** Where the graph goes. Nodes all come before the relationships that use them. */
	interface Sink {

		void node(String label, Map<String, Object> properties);

		void relationship(String type, String from, String to, Map<String, Object> properties);

		/** Called once between the last node and the first relationship. */
		void nodesDone();

	}

	private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final int DAYS = 12 * 365;

	private static final String[][] INSTITUTION_KINDS = { { "HOSPITAL", "35" }, { "CANCER_CENTER", "15" },
			{ "RESEARCH_INSTITUTE", "12" }, { "UNIVERSITY", "8" }, { "DEPARTMENT", "12" }, { "LABORATORY", "6" },
			{ "GOVERNMENT_BODY", "3" }, { "MINISTRY", "1" }, { "ACADEMY", "1" }, { "COMPANY", "4" }, { "OTHER", "3" } };

	private static final String[][] EVENT_KINDS = { { "CONFERENCE", "25", "Конференция", "Conference" },
			{ "SEMINAR", "15", "Семинар", "Seminar" }, { "ROUND_TABLE", "10", "Круглый стол", "Round table" },
			{ "MEETING", "15", "Рабочая встреча", "Working meeting" },
			{ "VIDEO_CONFERENCE", "10", "Видеоконференция", "Video conference" },
			{ "TELEBRIDGE", "5", "Телемост", "Telebridge" }, { "VISIT", "8", "Визит", "Visit" },
			{ "SURGERY", "7", "Показательные операции", "Demonstration surgery" },
			{ "CONGRESS", "5", "Конгресс", "Congress" } };

	private static final String[][] ORGANS = { { "молочной железы", "breast" }, { "легкого", "lung" },
			{ "предстательной железы", "prostate" }, { "желудка", "stomach" }, { "толстой кишки", "colon" },
			{ "печени", "liver" }, { "поджелудочной железы", "pancreas" }, { "почки", "kidney" },
			{ "мочевого пузыря", "bladder" }, { "шейки матки", "cervix" }, { "яичников", "ovary" }, { "кожи", "skin" },
			{ "щитовидной железы", "thyroid" }, { "пищевода", "oesophagus" }, { "головного мозга", "brain" } };

	private static final String[][] ASPECTS = { { "Ранняя диагностика рака", "Early diagnosis of cancer of the" },
			{ "Хирургическое лечение рака", "Surgery for cancer of the" },
			{ "Лучевая терапия рака", "Radiotherapy for cancer of the" },
			{ "Лекарственная терапия рака", "Drug therapy for cancer of the" },
			{ "Скрининг рака", "Screening for cancer of the" },
			{ "Реабилитация при раке", "Rehabilitation after cancer of the" },
			{ "Молекулярная генетика рака", "Molecular genetics of cancer of the" },
			{ "Паллиативная помощь при раке", "Palliative care in cancer of the" },
			{ "Эпидемиология рака", "Epidemiology of cancer of the" },
			{ "Ядерная медицина при раке", "Nuclear medicine in cancer of the" } };

	private static final String[][] ROLES = { { "врач-онколог", "oncologist", "40" },
			{ "хирург-онколог", "surgical oncologist", "20" }, { "научный сотрудник", "researcher", "15" },
			{ "заведующий отделением", "head of department", "8" }, { "ординатор", "resident", "8" },
			{ "профессор", "professor", "5" }, { "главный врач", "chief physician", "2" },
			{ "директор", "director", "2" } };

	private static final String[][] PARTICIPANT_ROLES = { { "участник", "participant", "80" },
			{ "докладчик", "speaker", "15" }, { "модератор", "moderator", "5" } };

	private static final String[] STATUSES = { "ACTIVE", "ACTIVE", "ACTIVE", "PLANNED", "PROPOSED" };

	private final GenerationPlan plan;

	private final List<String> countries;

	private final SplittableRandom random;

	private final String[] cityNames;

	private final String[] cityNamesEn;

	private final String[] institutionNames;

	private final String[] institutionKinds;

	private final int[] institutionCity;

	private final String[] associationNames;

	private final String[] programNames;

	private final String[] topicNames;

	private final String[] topicNamesEn;

	private final String[] personNames;

	private final String[] eventNames;

	private final int[] eventCity;

	private final int[] eventSource;

	SyntheticGraph(GenerationPlan plan, List<String> countries) {
		this.plan = plan;
		this.countries = countries;
		this.random = new SplittableRandom(plan.seed());
		this.cityNames = new String[plan.cities()];
		this.cityNamesEn = new String[plan.cities()];
		this.institutionNames = new String[plan.institutions()];
		this.institutionKinds = new String[plan.institutions()];
		this.institutionCity = new int[plan.institutions()];
		this.associationNames = new String[plan.associations()];
		this.programNames = new String[plan.programs()];
		this.topicNames = new String[plan.topics()];
		this.topicNamesEn = new String[plan.topics()];
		this.personNames = new String[plan.people()];
		this.eventNames = new String[plan.events()];
		this.eventCity = new int[plan.events()];
		this.eventSource = new int[plan.events()];
	}

	void generate(Sink sink) {
		Zipf citySizes = new Zipf(this.plan.cities(), 1.0, this.random);
		sources(sink);
		topics(sink);
		associations(sink);
		cities(sink);
		institutions(sink, citySizes);
		programs(sink);
		people(sink);
		events(sink);
		sink.nodesDone();
		mentions(sink);
		geography(sink, citySizes);
		institutionLinks(sink);
		programLinks(sink);
		Zipf institutionSizes = new Zipf(this.plan.mainlandInstitutions(), 0.8, this.random);
		affiliations(sink, institutionSizes);
		eventLinks(sink, institutionSizes);
		cooperation(sink, institutionSizes);
	}

	// --- nodes
	// --------------------------------------------------------------------------------------------------

	private void sources(Sink sink) {
		for (int i = 0; i < this.plan.sources(); i++) {
			LocalDate published = day();
			sink.node("Source",
					properties("id", GenerationPlan.id("source", i), "kind", "DOCUMENT", "title",
							"Онкологический вестник (синтетический), выпуск " + (i + 1), "titleEn",
							"Oncology bulletin (synthetic), issue " + (i + 1), "titleIsDescriptive", false, "publisher",
							"Синтетическое издательство", "publishedOn", published, "language", "ru", "file",
							"synthetic-" + i + ".txt"));
		}
	}

	private void topics(Sink sink) {
		for (int i = 0; i < this.plan.topics(); i++) {
			String[] organ = ORGANS[i % ORGANS.length];
			String[] aspect = ASPECTS[(i / ORGANS.length) % ASPECTS.length];
			int round = i / (ORGANS.length * ASPECTS.length);
			String suffix = (round == 0) ? "" : " (секция " + round + ")";
			String suffixEn = (round == 0) ? "" : " (section " + round + ")";
			this.topicNames[i] = aspect[0] + " " + organ[0] + suffix;
			this.topicNamesEn[i] = aspect[1] + " " + organ[1] + suffixEn;
			sink.node("Topic", entity(GenerationPlan.id("topic", i), this.topicNames[i], this.topicNamesEn[i]));
		}
	}

	private void associations(Sink sink) {
		for (int i = 0; i < this.plan.associations(); i++) {
			String[] organ = ORGANS[i % ORGANS.length];
			String stem = RussianNames.stem(this.random);
			this.associationNames[i] = "Ассоциация онкологов «" + stem + "» по опухолям " + organ[0];
			Map<String, Object> row = entity(GenerationPlan.id("association", i), this.associationNames[i],
					"Oncologists' association " + RussianNames.latin(stem) + " on tumours of the " + organ[1]);
			row.put("kind", (i % 10 == 0) ? "INTERSTATE_UNION" : "PROFESSIONAL_ASSOCIATION");
			sink.node("Association", row);
		}
	}

	private void cities(Sink sink) {
		for (int i = 0; i < this.plan.cities(); i++) {
			this.cityNames[i] = RussianNames.city(this.random);
			this.cityNamesEn[i] = RussianNames.latin(this.cityNames[i]);
			sink.node("City", entity(GenerationPlan.id("city", i), this.cityNames[i], this.cityNamesEn[i]));
		}
	}

	private void institutions(Sink sink, Zipf citySizes) {
		for (int i = 0; i < this.plan.institutions(); i++) {
			String kind = pick(INSTITUTION_KINDS, 1)[0];
			int city = citySizes.next(this.random);
			this.institutionKinds[i] = kind;
			this.institutionCity[i] = city;
			String cityName = this.cityNames[city];
			String cityEn = this.cityNamesEn[city];
			int number = 1 + this.random.nextInt(40);
			String[] organ = ORGANS[this.random.nextInt(ORGANS.length)];
			String[] names = switch (kind) {
				case "HOSPITAL" -> new String[] { "Городская онкологическая больница № " + number + " г. " + cityName,
						"City Oncology Hospital No. " + number + ", " + cityEn };
				case "CANCER_CENTER" ->
					new String[] { "Онкологический центр «" + cityName + "»", cityEn + " Cancer Center" };
				case "RESEARCH_INSTITUTE" ->
					new String[] { "Научно-исследовательский институт онкологии " + organ[0] + " г. " + cityName,
							"Research Institute of " + capitalise(organ[1]) + " Oncology, " + cityEn };
				case "UNIVERSITY" ->
					new String[] { "Медицинский университет г. " + cityName, "Medical University of " + cityEn };
				case "DEPARTMENT" ->
					new String[] { "Отделение онкологии " + organ[0] + " № " + number + " г. " + cityName,
							capitalise(organ[1]) + " Oncology Department No. " + number + ", " + cityEn };
				case "LABORATORY" ->
					new String[] { "Лаборатория молекулярной онкологии № " + number + " г. " + cityName,
							"Molecular Oncology Laboratory No. " + number + ", " + cityEn };
				case "GOVERNMENT_BODY" ->
					new String[] { "Управление здравоохранения г. " + cityName, cityEn + " Health Department" };
				case "MINISTRY" -> new String[] { "Министерство здравоохранения региона " + cityName,
						"Ministry of Health of the " + cityEn + " region" };
				case "ACADEMY" -> new String[] { "Академия медицинских наук г. " + cityName,
						"Academy of Medical Sciences of " + cityEn };
				case "COMPANY" -> new String[] { "ООО «" + RussianNames.stem(this.random) + "фарм»",
						"LLC " + RussianNames.latin(RussianNames.stem(this.random)) + "pharm" };
				default ->
					new String[] { "Фонд помощи онкобольным г. " + cityName, "Cancer Patients' Fund of " + cityEn };
			};
			this.institutionNames[i] = names[0];
			Map<String, Object> row = entity(GenerationPlan.id("institution", i), names[0], names[1]);
			if (kind.equals("CANCER_CENTER")) {
				row.put("aliases", List.of("ОЦ " + cityName));
				row.put("aliasesEn", List.of(cityEn + " CC"));
			}
			row.put("kind", kind);
			sink.node("Institution", row);
		}
	}

	private void programs(Sink sink) {
		for (int i = 0; i < this.plan.programs(); i++) {
			int topic = this.random.nextInt(this.plan.topics());
			this.programNames[i] = "Программа «" + this.topicNames[topic] + "» № " + (i + 1);
			Map<String, Object> row = entity(GenerationPlan.id("program", i), this.programNames[i],
					"Programme \"" + this.topicNamesEn[topic] + "\" No. " + (i + 1));
			row.put("kind", List.of("COOPERATION_PROGRAM", "PROJECT", "QUOTA", "EDUCATION_SERIES", "EXCHANGE")
				.get(this.random.nextInt(5)));
			row.put("status",
					List.of("ACTIVE", "ACTIVE", "PLANNED", "PROPOSED", "COMPLETED").get(this.random.nextInt(5)));
			row.put("description", "Совместная программа по теме «" + this.topicNames[topic] + "»");
			row.put("descriptionEn", "A joint programme on " + this.topicNamesEn[topic]);
			sink.node("Program", row);
		}
	}

	private void people(Sink sink) {
		int pool = Math.max(200, this.plan.people() / 25);
		String[] stems = new String[pool];
		int[] endings = new int[pool];
		for (int i = 0; i < pool; i++) {
			stems[i] = RussianNames.stem(this.random);
			endings[i] = RussianNames.ending(this.random);
		}
		Zipf surnames = new Zipf(pool, 0.7, this.random);
		for (int i = 0; i < this.plan.people(); i++) {
			boolean female = this.random.nextInt(100) < 55;
			List<String> given = female ? RussianNames.FEMALE : RussianNames.MALE;
			String first = given.get(this.random.nextInt(given.size()));
			int s = surnames.next(this.random);
			String surname = RussianNames.surname(stems[s], endings[s], female);
			this.personNames[i] = first + " " + surname;
			Map<String, Object> row = entity(GenerationPlan.personId(i), this.personNames[i],
					RussianNames.latin(this.personNames[i]));
			if (this.random.nextInt(10) == 0) {
				String alias = surname + " " + first.charAt(0) + ".";
				row.put("aliases", List.of(alias));
				row.put("aliasesEn", List.of(RussianNames.latin(alias)));
			}
			int degree = this.random.nextInt(100);
			row.put("titles", (degree < 10) ? List.of("доктор медицинских наук")
					: (degree < 30) ? List.of("кандидат медицинских наук") : List.of());
			row.put("titlesEn", (degree < 10) ? List.of("Doctor of Medical Sciences")
					: (degree < 30) ? List.of("Candidate of Medical Sciences") : List.of());
			sink.node("Person", row);
		}
	}

	private void events(Sink sink) {
		for (int i = 0; i < this.plan.events(); i++) {
			String[] kind = pick(EVENT_KINDS, 1);
			int topic = this.random.nextInt(this.plan.topics());
			int city = this.random.nextInt(this.plan.cities());
			LocalDate date = day();
			this.eventCity[i] = city;
			this.eventSource[i] = this.random.nextInt(this.plan.sources());
			this.eventNames[i] = kind[2] + " «" + this.topicNames[topic] + "» в г. " + this.cityNames[city] + ", "
					+ date.getYear();
			Map<String, Object> row = entity(GenerationPlan.id("event", i), this.eventNames[i], kind[3] + " \""
					+ this.topicNamesEn[topic] + "\" in " + this.cityNamesEn[city] + ", " + date.getYear());
			row.put("kind", kind[0]);
			row.put("date", date);
			row.put("datePrecision", "DAY");
			row.put("dateRelative", false);
			row.put("status", date.isAfter(TODAY) ? "PLANNED" : "HELD");
			sink.node("Event", row);
		}
	}

	// --- relationships
	// --------------------------------------------------------------------------------------------

	/** Every entity is named by one source, a quarter of them by a second one. */
	private void mentions(Sink sink) {
		mention(sink, "topic", this.topicNames, "Обсуждалась тема «%s»");
		mention(sink, "association", this.associationNames, "В работе участвовала %s");
		mention(sink, "city", this.cityNames, "Мероприятия прошли в городе %s");
		mention(sink, "institution", this.institutionNames, "Специалисты учреждения «%s» представили результаты");
		mention(sink, "program", this.programNames, "Участники обсудили ход программы: %s");
		mention(sink, "person", this.personNames, "В работе приняли участие специалисты, в том числе %s");
		for (int i = 0; i < this.eventNames.length; i++) {
			sink.relationship("MENTIONS", GenerationPlan.id("source", this.eventSource[i]),
					GenerationPlan.id("event", i), Map.of("evidence", "Состоялось мероприятие: " + this.eventNames[i]));
		}
	}

	private void mention(Sink sink, String kind, String[] names, String template) {
		for (int i = 0; i < names.length; i++) {
			String id = GenerationPlan.id(kind, i);
			String evidence = template.formatted(names[i]);
			int first = this.random.nextInt(this.plan.sources());
			sink.relationship("MENTIONS", GenerationPlan.id("source", first), id, Map.of("evidence", evidence));
			if (this.random.nextInt(4) == 0) {
				int second = (first + 1 + this.random.nextInt(this.plan.sources() - 1)) % this.plan.sources();
				sink.relationship("MENTIONS", GenerationPlan.id("source", second), id, Map.of("evidence", evidence));
			}
		}
	}

	private void geography(Sink sink, Zipf citySizes) {
		Zipf countrySizes = new Zipf(this.countries.size(), 1.2, this.random);
		for (int i = 0; i < this.plan.cities(); i++) {
			sink.relationship("LOCATED_IN", GenerationPlan.id("city", i),
					this.countries.get(countrySizes.next(this.random)),
					provenance(this.cityNames[i] + " — город в стране"));
		}
		for (int i = 0; i < this.plan.institutions(); i++) {
			sink.relationship("LOCATED_IN", GenerationPlan.id("institution", i),
					GenerationPlan.id("city", this.institutionCity[i]), provenance(
							this.institutionNames[i] + " находится в г. " + this.cityNames[this.institutionCity[i]]));
		}
		for (int i = 0; i < this.plan.programs(); i++) {
			int city = citySizes.next(this.random);
			sink.relationship("LOCATED_IN", GenerationPlan.id("program", i), GenerationPlan.id("city", city),
					provenance("Программа реализуется в г. " + this.cityNames[city]));
		}
	}

	/**
	 * Departments and laboratories are part of a hospital or centre; a third of the rest
	 * are association members.
	 */
	private void institutionLinks(Sink sink) {
		int mainland = this.plan.mainlandInstitutions();
		for (int i = 0; i < mainland; i++) {
			String kind = this.institutionKinds[i];
			String id = GenerationPlan.id("institution", i);
			if (kind.equals("DEPARTMENT") || kind.equals("LABORATORY")) {
				int parent = this.random.nextInt(mainland);
				if (parent != i) {
					sink.relationship("PART_OF", id, GenerationPlan.id("institution", parent),
							provenance(this.institutionNames[i] + " входит в состав учреждения «"
									+ this.institutionNames[parent] + "»"));
				}
			}
			else if (this.random.nextInt(3) == 0) {
				int association = this.random.nextInt(this.plan.associations());
				sink.relationship("MEMBER_OF", id, GenerationPlan.id("association", association), provenance(
						this.institutionNames[i] + " — член организации «" + this.associationNames[association] + "»",
						"role", "член", "roleEn", "member"));
			}
		}
	}

	private void programLinks(Sink sink) {
		Zipf topicPopularity = new Zipf(this.plan.topics(), 0.9, this.random);
		for (int i = 0; i < this.plan.programs(); i++) {
			String id = GenerationPlan.id("program", i);
			if (this.random.nextBoolean()) {
				int association = this.random.nextInt(this.plan.associations());
				sink.relationship("PART_OF", id, GenerationPlan.id("association", association),
						provenance(this.programNames[i] + " реализуется организацией «"
								+ this.associationNames[association] + "»"));
			}
			for (int topic : distinct(1 + this.random.nextInt(3), () -> topicPopularity.next(this.random))) {
				sink.relationship("ABOUT", id, GenerationPlan.id("topic", topic),
						provenance(this.programNames[i] + " посвящена теме «" + this.topicNames[topic] + "»"));
			}
			for (int participant : distinct(2 + this.random.nextInt(13),
					() -> this.random.nextInt(this.plan.mainlandInstitutions()))) {
				String status = STATUSES[this.random.nextInt(STATUSES.length)];
				sink.relationship("PARTICIPATES_IN", GenerationPlan.id("institution", participant), id,
						provenance(this.institutionNames[participant] + " участвует в программе «"
								+ this.programNames[i] + "»", "role", "партнер", "roleEn", "partner", "status",
								status));
			}
		}
	}

	/**
	 * Every person works somewhere, institutions chosen by Zipf size; a third have a
	 * second post.
	 */
	private void affiliations(Sink sink, Zipf institutionSizes) {
		for (int i = 0; i < this.plan.people(); i++) {
			String id = GenerationPlan.personId(i);
			if (i >= this.plan.firstIslandPerson()) {
				int island = this.plan.mainlandInstitutions()
						+ (i - this.plan.firstIslandPerson()) / GenerationPlan.ISLAND_STAFF;
				affiliation(sink, i, island);
				continue;
			}
			int posts = (this.random.nextInt(3) == 0) ? 2 : 1;
			for (int institution : distinct(posts, () -> institutionSizes.next(this.random))) {
				affiliation(sink, i, institution);
			}
			if (this.random.nextInt(12) == 0) {
				int association = this.random.nextInt(this.plan.associations());
				sink.relationship("MEMBER_OF", id, GenerationPlan.id("association", association),
						provenance(
								this.personNames[i] + ", член организации «" + this.associationNames[association] + "»",
								"role", "член правления", "roleEn", "board member"));
			}
		}
	}

	private void affiliation(Sink sink, int person, int institution) {
		String[] role = pick(ROLES, 2);
		sink.relationship("AFFILIATED_WITH", GenerationPlan.personId(person),
				GenerationPlan.id("institution", institution),
				provenance(role[0] + " учреждения «" + this.institutionNames[institution] + "» "
						+ this.personNames[person], "role", role[0], "roleEn", role[1]));
	}

	/**
	 * Each event: a city, a venue for most, a host, one or two topics, a program for
	 * some, and participants: a Pareto number of them (mean about 9, a few congresses of
	 * hundreds), people chosen by preferential attachment (who has taken part often is
	 * more likely to again), institutions by size.
	 */
	private void eventLinks(Sink sink, Zipf institutionSizes) {
		Zipf topicPopularity = new Zipf(this.plan.topics(), 0.9, this.random);
		int mainlandPeople = this.plan.mainlandPeople();
		int[] urn = new int[1 << 16];
		int urnSize = 0;
		for (int i = 0; i < this.plan.events(); i++) {
			String id = GenerationPlan.id("event", i);
			String source = GenerationPlan.id("source", this.eventSource[i]);
			String name = this.eventNames[i];
			sink.relationship("LOCATED_IN", id, GenerationPlan.id("city", this.eventCity[i]),
					cited(source, name + " прошло в г. " + this.cityNames[this.eventCity[i]]));
			if (this.random.nextInt(10) < 7) {
				int venue = institutionSizes.next(this.random);
				sink.relationship("TOOK_PLACE_AT", id, GenerationPlan.id("institution", venue),
						cited(source, name + " прошло на базе учреждения «" + this.institutionNames[venue] + "»"));
			}
			if (this.random.nextInt(10) < 7) {
				int host = this.random.nextInt(mainlandPeople);
				sink.relationship("HOSTED_BY", id, GenerationPlan.personId(host), cited(source,
						name + " провел(а) " + this.personNames[host], "role", "провел", "roleEn", "led"));
			}
			else {
				int host = institutionSizes.next(this.random);
				sink.relationship("HOSTED_BY", id, GenerationPlan.id("institution", host), cited(source,
						"Организатор: " + this.institutionNames[host], "role", "организатор", "roleEn", "organiser"));
			}
			for (int topic : distinct(1 + this.random.nextInt(2), () -> topicPopularity.next(this.random))) {
				sink.relationship("ABOUT", id, GenerationPlan.id("topic", topic),
						cited(source, name + " было посвящено теме «" + this.topicNames[topic] + "»"));
			}
			if (this.random.nextInt(4) == 0) {
				int program = this.random.nextInt(this.plan.programs());
				sink.relationship("PART_OF", id, GenerationPlan.id("program", program),
						cited(source, name + " прошло в рамках программы «" + this.programNames[program] + "»"));
			}
			int size = Math.min(1_500, (int) (3.4 / Math.pow(1 - this.random.nextDouble(), 1 / 1.6)));
			Set<Integer> seen = new HashSet<>();
			for (int p = 0; p < size; p++) {
				String[] role = pick(PARTICIPANT_ROLES, 2);
				if (this.random.nextInt(100) < 15) {
					int institution = institutionSizes.next(this.random);
					if (seen.add(-1 - institution)) {
						sink.relationship("PARTICIPATED_IN", GenerationPlan.id("institution", institution), id,
								cited(source,
										"Участники мероприятия «" + name + "»: специалисты учреждения «"
												+ this.institutionNames[institution] + "»",
										"role", role[0], "roleEn", role[1]));
					}
					continue;
				}
				int person = (urnSize == 0 || this.random.nextInt(100) < 35) ? this.random.nextInt(mainlandPeople)
						: urn[this.random.nextInt(urnSize)];
				if (!seen.add(person)) {
					continue;
				}
				if (urnSize == urn.length) {
					urn = Arrays.copyOf(urn, urn.length * 2);
				}
				urn[urnSize++] = person;
				sink.relationship("PARTICIPATED_IN", GenerationPlan.personId(person), id,
						cited(source, "Участники мероприятия «" + name + "»: " + this.personNames[person], "role",
								role[0], "roleEn", role[1]));
			}
		}
	}

	/** Explicit cooperation between institutions, large ones more often. */
	private void cooperation(Sink sink, Zipf institutionSizes) {
		int pairs = this.plan.mainlandInstitutions() * 5 / 4;
		for (int i = 0; i < pairs; i++) {
			int a = institutionSizes.next(this.random);
			int b = institutionSizes.next(this.random);
			if (a == b) {
				continue;
			}
			int topic = this.random.nextInt(this.plan.topics());
			Map<String, Object> props = provenance(
					this.institutionNames[a] + " и «" + this.institutionNames[b]
							+ "» договорились о сотрудничестве по теме «" + this.topicNames[topic] + "»",
					"status", STATUSES[this.random.nextInt(STATUSES.length)], "subject", this.topicNames[topic],
					"subjectEn", this.topicNamesEn[topic]);
			if (this.random.nextBoolean()) {
				props.put("since", day());
			}
			sink.relationship("COOPERATES_WITH", GenerationPlan.id("institution", a),
					GenerationPlan.id("institution", b), props);
		}
	}

	// --- helpers
	// ----------------------------------------------------------------------------------------------------

	private static Map<String, Object> entity(String id, String name, String nameEn) {
		return properties("id", id, "name", name, "nameEn", nameEn, "aliases", List.of(), "aliasesEn", List.of());
	}

	/**
	 * {@code sources} and {@code evidence} citing a random source, plus the given
	 * key-value pairs.
	 */
	private Map<String, Object> provenance(String evidence, Object... more) {
		return cited(GenerationPlan.id("source", this.random.nextInt(this.plan.sources())), evidence, more);
	}

	/**
	 * {@code sources} and {@code evidence} citing the given source, plus the given
	 * key-value pairs.
	 */
	private static Map<String, Object> cited(String source, String evidence, Object... more) {
		Map<String, Object> props = properties(more);
		props.put("sources", List.of(source));
		props.put("evidence", List.of(evidence));
		return props;
	}

	private static Map<String, Object> properties(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** A row of a table, drawn with the weights of column {@code weightColumn}. */
	private String[] pick(String[][] table, int weightColumn) {
		int total = 0;
		for (String[] row : table) {
			total += Integer.parseInt(row[weightColumn]);
		}
		int roll = this.random.nextInt(total);
		for (String[] row : table) {
			roll -= Integer.parseInt(row[weightColumn]);
			if (roll < 0) {
				return row;
			}
		}
		return table[table.length - 1];
	}

	private List<Integer> distinct(int count, java.util.function.IntSupplier next) {
		List<Integer> values = new ArrayList<>(count);
		for (int attempt = 0; values.size() < count && attempt < count * 4; attempt++) {
			int value = next.getAsInt();
			if (!values.contains(value)) {
				values.add(value);
			}
		}
		return values;
	}

	private LocalDate day() {
		return FIRST_DAY.plusDays(this.random.nextInt(DAYS));
	}

	private static String capitalise(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
