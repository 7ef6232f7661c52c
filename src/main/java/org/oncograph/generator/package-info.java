/**
 * A synthetic collaboration graph of any size for benchmarks: the model of
 * {@code cypher/} (people, institutions, cities, associations, programs, topics, events,
 * sources with evidence on everything), skewed degrees, a fixed seed, loaded with batched
 * parameterized {@code UNWIND} statements into the database the app is configured with.
 */
@NullMarked
package org.oncograph.generator;

import org.jspecify.annotations.NullMarked;
