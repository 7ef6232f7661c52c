package org.oncograph.generator;

/**
 * How many entities of each kind a scale makes. Scale 1 is about 200,000 nodes and
 * 1,000,000 relationships. The last {@link #islandInstitutions} institutions and the last
 * {@link #islandPeople} people form small islands: staff of an institution that takes
 * part in nothing, so that they are connected to nobody outside it (unconnected pairs).
 *
 * @param scale the scale asked for
 * @param seed the seed of the random choices
 */
public record GenerationPlan(double scale, long seed, int cities, int institutions, int associations, int programs,
		int topics, int people, int events, int sources, int islandInstitutions, int islandPeople) {

	/** People working at each island institution. */
	static final int ISLAND_STAFF = 4;

	public static GenerationPlan of(double scale, long seed) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("scale must be greater than 0, was " + scale);
		}
		int islands = count(scale, 100);
		return new GenerationPlan(scale, seed, count(scale, 2_000), count(scale, 20_000), count(scale, 200),
				count(scale, 1_000), count(scale, 300), count(scale, 120_000), count(scale, 40_000),
				count(scale, 15_000), islands, islands * ISLAND_STAFF);
	}

	private static int count(double scale, int atOne) {
		return Math.max(2, (int) Math.round(scale * atOne));
	}

	/** Institutions that are not islands. */
	int mainlandInstitutions() {
		return this.institutions - this.islandInstitutions;
	}

	/** People who are not island staff. */
	int mainlandPeople() {
		return this.people - this.islandPeople;
	}

	/**
	 * Index of the first island person: people from it to the end work only at an island
	 * institution.
	 */
	public int firstIslandPerson() {
		return mainlandPeople();
	}

	public static String personId(int index) {
		return id("person", index);
	}

	/**
	 * The id of the generated entity of this kind ({@code city}, {@code source}…) and
	 * index: {@code city:gen-000042}.
	 */
	public static String id(String kind, int index) {
		String digits = Integer.toString(index);
		return kind + ":gen-" + "000000".substring(Math.min(6, digits.length())) + digits;
	}

}
