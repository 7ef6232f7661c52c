/**
 * The graph's vocabulary, below every feature: the kinds of entity with their fields and
 * defaults, the kinds of relationship with the ends they may link, their properties, the
 * GraphQL fields that follow them, their phrases and explanation sentences, and the two
 * languages. Everything that names a kind derives from here, so a new relationship type
 * is one constant here, its Cypher script and the schema.
 */
@NullMarked
package org.oncograph.model;

import org.jspecify.annotations.NullMarked;
